namespace Wiredesk.Core.Stories;

internal sealed partial class TermTable
{
    /// <summary>Writes every word in id order with its document frequency, then which words are in the table of frequent ones.</summary>
    public void WriteTo(BinaryWriter writer)
    {
        writer.Write(Documents);
        var words = new string[_ids.Count];
        foreach (var (word, id) in _ids)
        {
            words[id] = word;
        }

        writer.Write(words.Length);
        for (var id = 0; id < words.Length; id++)
        {
            writer.Write(words[id]);
            writer.Write(_documentFrequency[id]);
        }

        writer.Write(_frequent.Count);
        foreach (var id in _frequent.Values)
        {
            writer.Write(id);
        }
    }

    /// <summary>Reads what <see cref="WriteTo"/> wrote into this empty table.</summary>
    public void ReadFrom(BinaryReader reader)
    {
        Documents = reader.ReadInt32();
        var count = reader.ReadCount();
        var words = new string[count];
        _ids.EnsureCapacity(count);
        _documentFrequency.Capacity = count;
        for (var id = 0; id < count; id++)
        {
            words[id] = reader.ReadString();
            _ids.Add(words[id], id);
            _documentFrequency.Add(reader.ReadInt32());
        }

        var frequent = reader.ReadCount();
        for (var i = 0; i < frequent; i++)
        {
            var id = reader.ReadInt32();
            if ((uint)id >= (uint)count)
            {
                throw new InvalidDataException($"the snapshot names word {id} of {count} as frequent");
            }

            _frequent.Add(words[id], id);
        }
    }
}
