namespace Wiredesk.Core.Entities;

/// <summary>
/// Maps feature hashes to weight rows: an open-addressing table with linear probing, built once and then only read.
/// Eight bytes a slot, so that the table of a whole model stays in the processor's cache.
/// </summary>
internal sealed class FeatureTable
{
    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <param name="hashes">The features, one per row, in row order; none may be zero. Of two that share a slot chain
    /// and an upper half (a chance of about one in two billion per pair), the first wins.</param>
    public FeatureTable(IReadOnlyList<ulong> hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        var capacity = 16;
        while (capacity < hashes.Count * 2)
        {
            capacity <<= 1;
        }

        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (var row = 0; row < hashes.Count; row++)
        {
            var key = hashes[row];
            if (key == 0)
            {
                throw new ArgumentException("A feature hash cannot be zero.", nameof(hashes));
            }

            var slot = SlotOf(key);
            var check = CheckOf(key);
            while (_slots[slot].Check != 0 && _slots[slot].Check != check)
            {
                slot = (slot + 1) & _mask;
            }

            if (_slots[slot].Check == 0)
            {
                _slots[slot] = new Slot(check, row);
            }
        }

        Count = hashes.Count;
    }

    public int Count { get; }

    /// <summary>The row of <paramref name="hash"/>, or -1 when the model does not know it.</summary>
    public int Find(ulong hash)
    {
        var slot = SlotOf(hash);
        var check = CheckOf(hash);
        while (true)
        {
            ref readonly var entry = ref _slots[slot];
            if (entry.Check == check)
            {
                return entry.Row;
            }

            if (entry.Check == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int SlotOf(ulong hash) => (int)(hash & (ulong)_mask);

    /// <summary>The upper half of the hash, never zero (zero marks an empty slot).</summary>
    private static uint CheckOf(ulong hash) => (uint)(hash >> 32) | 1;

    /// <summary>A slot keeps the hash's upper half only: with the lower bits that chose the slot, about 48 bits are compared.</summary>
    private readonly record struct Slot(uint Check, int Row);
}
