namespace Wiredesk.Core.Reuse;

/// <summary>
/// An inverted index from 32-bit keys to document numbers, compact enough for millions of documents: open addressing
/// for the keys, one linked list of postings per key in two flat arrays (8 bytes a posting).
/// </summary>
internal sealed class PostingTable
{
    private uint[] _keys = new uint[1 << 12];
    private int[] _heads = new int[1 << 12];
    private int[] _counts = new int[1 << 12];
    private int _used;
    private int[] _postingDocument = new int[1 << 12];
    private int[] _postingNext = new int[1 << 12];
    private int _postings;

    public int Keys => _used;

    public int Postings => _postings;

    public long Bytes => (_keys.Length * 12L) + (_postingDocument.Length * 8L);

    public void Add(uint key, int document, int cap)
    {
        var slot = Find(key, insert: true);
        if (_counts[slot] >= cap)
        {
            _counts[slot] = cap + 1;
            return;
        }

        if (_postings == _postingDocument.Length)
        {
            Array.Resize(ref _postingDocument, _postings * 2);
            Array.Resize(ref _postingNext, _postings * 2);
        }

        _postingDocument[_postings] = document;
        _postingNext[_postings] = _heads[slot];
        _heads[slot] = _postings + 1;
        _postings++;
        _counts[slot]++;
    }

    /// <summary>Adds the documents under <paramref name="key"/> to <paramref name="into"/>, unless the key has more than <paramref name="cap"/>.</summary>
    public void Collect(uint key, int cap, List<int> into)
    {
        var slot = Find(key, insert: false);
        if (slot < 0 || _counts[slot] > cap)
        {
            return;
        }

        for (var posting = _heads[slot]; posting != 0; posting = _postingNext[posting - 1])
        {
            into.Add(_postingDocument[posting - 1]);
        }
    }

    private int Find(uint key, bool insert)
    {
        var stored = key == 0 ? 1u : key;
        var mask = _keys.Length - 1;
        var slot = (int)(WordHash.Mix(stored) & (uint)mask);
        while (_keys[slot] != 0)
        {
            if (_keys[slot] == stored)
            {
                return slot;
            }

            slot = (slot + 1) & mask;
        }

        if (!insert)
        {
            return -1;
        }

        if ((_used + 1) * 10 > _keys.Length * 7)
        {
            Grow();
            return Find(key, insert);
        }

        _keys[slot] = stored;
        _used++;
        return slot;
    }

    private void Grow()
    {
        var (keys, heads, counts) = (_keys, _heads, _counts);
        _keys = new uint[keys.Length * 2];
        _heads = new int[keys.Length * 2];
        _counts = new int[keys.Length * 2];
        var mask = _keys.Length - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] == 0)
            {
                continue;
            }

            var slot = (int)(WordHash.Mix(keys[i]) & (uint)mask);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            (_keys[slot], _heads[slot], _counts[slot]) = (keys[i], heads[i], counts[i]);
        }
    }
}
