using Wiredesk.Core.Entities;

namespace Wiredesk.Eval;

/// <summary>Reads a CoNLL-2003 file from disk.</summary>
internal static class ConllFile
{
    public static List<ConllSentence> Read(FileInfo file) => ConllFormat.Parse(File.ReadLines(file.FullName));
}
