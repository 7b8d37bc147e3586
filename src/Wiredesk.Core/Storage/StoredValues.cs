using System.Globalization;

namespace Wiredesk.Core.Storage;

/// <summary>How dates and instants are written as text: <c>yyyy-MM-dd</c> and ISO 8601 round-trip (<c>O</c>), invariant culture.</summary>
public static class StoredValues
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string InstantFormat = "O";

    /// <summary>A date as stored, or <see langword="null"/>.</summary>
    public static string? Of(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>An instant as stored, with its offset, or <see langword="null"/>.</summary>
    public static string? Of(DateTimeOffset? instant) => instant?.ToString(InstantFormat, CultureInfo.InvariantCulture);

    /// <summary>A stored date.</summary>
    public static DateOnly Date(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    /// <summary>A stored instant.</summary>
    public static DateTimeOffset Instant(string text) => DateTimeOffset.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture);

    /// <summary>MinHash values as stored: little-endian 32-bit words.</summary>
    public static byte[] Bytes(uint[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var bytes = new byte[values.Length * sizeof(uint)];
        for (var i = 0; i < values.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)), values[i]);
        }

        return bytes;
    }
}
