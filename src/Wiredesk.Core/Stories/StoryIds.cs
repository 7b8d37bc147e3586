using System.Security.Cryptography;
using System.Text;

namespace Wiredesk.Core.Stories;

/// <summary>Story ids: "s-" and twelve hex digits of the SHA-256 of the founding document's id.</summary>
internal static class StoryIds
{
    public static string For(string documentId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(documentId), hash);
        return "s-" + Convert.ToHexStringLower(hash[..6]);
    }
}
