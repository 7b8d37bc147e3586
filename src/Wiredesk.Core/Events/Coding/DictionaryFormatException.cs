namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// A line of an event-coding dictionary (verbs, actors, agents or discards) that cannot be read; the message names the
/// file and the line.
/// </summary>
public sealed class DictionaryFormatException : FormatException
{
    /// <summary>Creates the error for a line of a named dictionary file.</summary>
    public DictionaryFormatException(string fileName, int lineNumber, string message)
        : base($"{fileName}, line {lineNumber}: {message}")
    {
        FileName = fileName;
        LineNumber = lineNumber;
    }

    /// <summary>Creates the error without a location.</summary>
    public DictionaryFormatException()
        : this("dictionary", 0, "malformed dictionary")
    {
    }

    /// <summary>Creates the error without a location.</summary>
    public DictionaryFormatException(string message)
        : this("dictionary", 0, message)
    {
    }

    /// <summary>Creates the error without a location, wrapping another.</summary>
    public DictionaryFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = "dictionary";
    }

    /// <summary>The name the dictionary was read under (usually its file name).</summary>
    public string FileName { get; } = "dictionary";

    /// <summary>The 1-based line the problem is on (0 when unknown).</summary>
    public int LineNumber { get; }
}
