using System.IO.Compression;
using System.Text;

namespace Wiredesk.Core.Entities;

/// <summary>
/// The model file: the ASCII magic <c>WDNER</c>, a format version byte and the feature-set version (UInt16), then a
/// Brotli stream holding the tag count, the feature hashes (sorted, delta-coded as varints), per feature a bit mask of
/// its non-zero tags, the float value of one weight unit and the 16-bit weights (zig-zag varints), the transition weights
/// as floats, and the known-entity gazetteer (category byte, token count, tokens).
/// </summary>
internal static class NerModelFormat
{
    public const byte FormatVersion = 1;

    private const int T = BilouTags.Count;
    private static readonly byte[] Magic = "WDNER"u8.ToArray();

    public static void Write(NerModel model, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Magic);
        stream.WriteByte(FormatVersion);
        stream.WriteByte(NerModel.FeatureSetVersion & 0xFF);
        stream.WriteByte(NerModel.FeatureSetVersion >> 8);
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);

        var order = Enumerable.Range(0, model.Hashes.Count).OrderBy(r => model.Hashes[r]).ToArray();
        writer.Write(T);
        writer.Write(order.Length);
        writer.Write(model.Step);
        var previous = 0UL;
        foreach (var row in order)
        {
            writer.Write7BitEncodedInt64((long)(model.Hashes[row] - previous));
            previous = model.Hashes[row];
        }

        var weights = model.Weights;
        foreach (var row in order)
        {
            var mask = 0;
            for (var t = 0; t < T; t++)
            {
                mask |= weights[(row * T) + t] != 0 ? 1 << t : 0;
            }

            writer.Write7BitEncodedInt(mask);
        }

        foreach (var row in order)
        {
            for (var t = 0; t < T; t++)
            {
                int q = weights[(row * T) + t];
                if (q != 0)
                {
                    writer.Write7BitEncodedInt((q << 1) ^ (q >> 31));
                }
            }
        }

        foreach (var w in model.Transitions)
        {
            writer.Write(w);
        }

        writer.Write(model.Known.Entries.Count);
        foreach (var entry in model.Known.Entries)
        {
            writer.Write((byte)entry.Category);
            writer.Write7BitEncodedInt(entry.Words.Count);
            foreach (var word in entry.Words)
            {
                writer.Write(word);
            }
        }
    }

    public static NerModel Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> header = stackalloc byte[Magic.Length + 3];
        stream.ReadExactly(header);
        if (!header[..Magic.Length].SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a Wiredesk NER model (bad magic).");
        }

        var format = header[Magic.Length];
        var featureSet = header[Magic.Length + 1] | (header[Magic.Length + 2] << 8);
        if (format != FormatVersion || featureSet != NerModel.FeatureSetVersion)
        {
            throw new InvalidDataException($"NER model format {format} / feature set {featureSet}; this build reads format {FormatVersion} / feature set {NerModel.FeatureSetVersion}. Retrain the model.");
        }

        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(brotli, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != T)
        {
            throw new InvalidDataException("The NER model has a different tag set.");
        }

        var count = reader.ReadInt32();
        var step = reader.ReadSingle();
        var hashes = new ulong[count];
        var hash = 0UL;
        for (var i = 0; i < count; i++)
        {
            hash += (ulong)reader.Read7BitEncodedInt64();
            hashes[i] = hash;
        }

        var masks = new int[count];
        for (var i = 0; i < count; i++)
        {
            masks[i] = reader.Read7BitEncodedInt();
        }

        var weights = new short[count * T];
        for (var i = 0; i < count; i++)
        {
            for (var t = 0; t < T; t++)
            {
                if ((masks[i] & (1 << t)) != 0)
                {
                    var z = reader.Read7BitEncodedInt();
                    weights[(i * T) + t] = (short)((z >>> 1) ^ -(z & 1));
                }
            }
        }

        var transitions = new float[T * T];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        var entries = new GazetteerEntry[reader.ReadInt32()];
        for (var i = 0; i < entries.Length; i++)
        {
            int category = reader.ReadByte();
            var words = new string[reader.Read7BitEncodedInt()];
            for (var w = 0; w < words.Length; w++)
            {
                words[w] = reader.ReadString();
            }

            entries[i] = new GazetteerEntry(words, category);
        }

        return new NerModel(hashes, weights, step, transitions, new Gazetteer(entries), HandLexicon.Create());
    }
}
