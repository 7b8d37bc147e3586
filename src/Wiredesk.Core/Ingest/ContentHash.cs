using System.Security.Cryptography;
using System.Text;

namespace Wiredesk.Core.Ingest;

/// <summary>The content hash that keys articles: SHA-256 over the UTF-8 input with line endings normalised to <c>\n</c> and surrounding whitespace ignored.</summary>
public static class ContentHash
{
    /// <summary>The lower-case hex hash of <paramref name="content"/>.</summary>
    public static string Of(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var normalised = content.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        var bytes = Encoding.UTF8.GetBytes(normalised);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
