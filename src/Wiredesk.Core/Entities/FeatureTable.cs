namespace Wiredesk.Core.Entities;

/// <summary>
/// Maps feature hashes to weight rows: an open-addressing table with linear probing, built once and then only read.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    /// <param name="hashes">The features, one per row, in row order; none may be zero or repeated.</param>
    public FeatureTable(IReadOnlyList<ulong> hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        var capacity = 16;
        while (capacity < hashes.Count * 2)
        {
            capacity <<= 1;
        }

        _keys = new ulong[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
        for (var row = 0; row < hashes.Count; row++)
        {
            var key = hashes[row];
            if (key == 0)
            {
                throw new ArgumentException("A feature hash cannot be zero.", nameof(hashes));
            }

            var slot = Slot(key);
            while (_keys[slot] != 0)
            {
                if (_keys[slot] == key)
                {
                    throw new ArgumentException("Feature hashes must be distinct.", nameof(hashes));
                }

                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _rows[slot] = row;
        }

        Count = hashes.Count;
    }

    public int Count { get; }

    /// <summary>The row of <paramref name="hash"/>, or -1 when the model does not know it.</summary>
    public int Find(ulong hash)
    {
        var slot = Slot(hash);
        while (true)
        {
            var key = _keys[slot];
            if (key == hash)
            {
                return _rows[slot];
            }

            if (key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int Slot(ulong hash) => (int)((hash ^ (hash >> 29)) & (ulong)_mask);
}
