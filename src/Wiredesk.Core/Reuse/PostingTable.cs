using System.Numerics;

namespace Wiredesk.Core.Reuse;

/// <summary>
/// An inverted index from 32-bit keys to document numbers, compact enough for millions of documents. Open addressing
/// with one 8-byte slot per key: the key, and either the one document that holds it (most passage fingerprints occur
/// once), a reference to a list of documents, or the mark of a key held by more documents than the cap. Lists are
/// blocks of a power-of-two size in one pool of postings (4 bytes each), moved to a block twice as large when full;
/// freed blocks are reused. A key over the cap keeps no postings at all.
/// </summary>
internal sealed class PostingTable
{
    private const int InitialBits = 12;

    // Slot value: a document number (≥ 0), a list (~list, < 0), or Capped.
    private const int Capped = int.MinValue;

    // The value of a slot whose key was just inserted, before its first posting. Never a document: documents are < 2^31 - 1.
    private const int Empty = int.MaxValue;

    private const int SmallestBlock = 1;

    private ulong[] _slots;
    private int _bits;
    private int _used;

    /// <summary>An empty table; <paramref name="expectedKeys"/> sizes its slots up front so that it never grows before holding that many.</summary>
    public PostingTable(long expectedKeys = 0)
    {
        _bits = InitialBits;
        while (expectedKeys * 10L > (1L << _bits) * 7L && _bits < 30)
        {
            _bits++;
        }

        _slots = new ulong[1 << _bits];
    }

    private int[] _listStart = new int[256];
    private int[] _listCount = new int[256];
    private int _lists;

    private int[] _pool = new int[1 << 12];
    private int _poolEnd;
    private readonly int[] _freeBlocks = Enumerable.Repeat(-1, 32).ToArray();

    private int _postings;

    /// <summary>Keys held.</summary>
    public int Keys => _used;

    /// <summary>Postings held (keys over the cap hold none).</summary>
    public int Postings => _postings;

    /// <summary>Bytes of the arrays: the slots, the list headers and the posting pool.</summary>
    public long Bytes => (_slots.Length * 8L) + (_listStart.Length * 8L) + (_pool.Length * 4L);

    /// <summary>Records that <paramref name="document"/> holds <paramref name="key"/>; a key already held by <paramref name="cap"/> documents becomes a stock phrase instead.</summary>
    public void Add(uint key, int document, int cap) => AddAt(Insert(key), document, cap);

    /// <summary>Adds the documents under <paramref name="key"/> to <paramref name="into"/>, unless the key has more than <paramref name="cap"/>.</summary>
    public void Collect(uint key, int cap, List<int> into)
    {
        var slot = Find(key);
        if (slot >= 0)
        {
            CollectAt(slot, cap, into);
        }
    }

    /// <summary><see cref="Collect"/> and then <see cref="Add"/> for one key, finding its slot once.</summary>
    public void CollectAndAdd(uint key, int document, int cap, List<int> into)
    {
        var slot = Insert(key);
        CollectAt(slot, cap, into);
        AddAt(slot, document, cap);
    }

    /// <summary>
    /// Reads the slot of every key once, so that the lookups that follow find them in the cache: independent loads
    /// the processor overlaps, where the lookups themselves would wait for one cache miss after another.
    /// </summary>
    public ulong Warm(ReadOnlySpan<uint> keys)
    {
        var slots = _slots;
        var shift = 64 - _bits;
        var sum = 0UL;
        foreach (var key in keys)
        {
            sum += slots[Home(Stored(key), shift)];
        }

        return sum;
    }

    private void CollectAt(int slot, int cap, List<int> into)
    {
        var value = (int)_slots[slot];
        if (value == Empty)
        {
            return;
        }

        if (value >= 0)
        {
            if (cap >= 1)
            {
                into.Add(value);
            }

            return;
        }

        if (value == Capped)
        {
            return;
        }

        var list = ~value;
        var count = _listCount[list];
        if (count > cap)
        {
            return;
        }

        into.AddRange(_pool.AsSpan(_listStart[list], count));
    }

    private void AddAt(int slot, int document, int cap)
    {
        var entry = _slots[slot];
        var value = (int)entry;
        var key = entry & 0xFFFF_FFFF_0000_0000UL;
        if (value == Capped)
        {
            return;
        }

        if (value == Empty)
        {
            _slots[slot] = key | (uint)(cap >= 1 ? document : Capped);
            _postings += cap >= 1 ? 1 : 0;
            return;
        }

        if (value >= 0)
        {
            if (cap < 2)
            {
                _slots[slot] = key | unchecked((uint)Capped);
                _postings--;
                return;
            }

            var created = NewList(value, document);
            _slots[slot] = key | (uint)~created;
            _postings++;
            return;
        }

        var list = ~value;
        var count = _listCount[list];
        if (count >= cap)
        {
            FreeBlock(_listStart[list], count);
            _listCount[list] = 0;
            _slots[slot] = key | unchecked((uint)Capped);
            _postings -= count;
            return;
        }

        var start = _listStart[list];
        if (BitOperations.IsPow2(count))
        {
            // The block is full (blocks hold a power of two): move to one twice as large.
            var moved = AllocateBlock(count * 2);
            _pool.AsSpan(start, count).CopyTo(_pool.AsSpan(moved));
            FreeBlock(start, count);
            start = moved;
            _listStart[list] = start;
        }

        _pool[start + count] = document;
        _listCount[list] = count + 1;
        _postings++;
    }

    private int NewList(int first, int second)
    {
        if (_lists == _listStart.Length)
        {
            Array.Resize(ref _listStart, _lists * 2);
            Array.Resize(ref _listCount, _lists * 2);
        }

        var start = AllocateBlock(2);
        _pool[start] = first;
        _pool[start + 1] = second;
        _listStart[_lists] = start;
        _listCount[_lists] = 2;
        return _lists++;
    }

    private int AllocateBlock(int size)
    {
        var sizeClass = BitOperations.Log2((uint)Math.Max(size, SmallestBlock));
        var free = _freeBlocks[sizeClass];
        if (free >= 0)
        {
            _freeBlocks[sizeClass] = _pool[free];
            return free;
        }

        while (_poolEnd + size > _pool.Length)
        {
            Array.Resize(ref _pool, _pool.Length * 2);
        }

        var start = _poolEnd;
        _poolEnd += size;
        return start;
    }

    /// <summary>Puts the block of a list of <paramref name="count"/> postings on the free list of its size; its first posting links to the next free block.</summary>
    private void FreeBlock(int start, int count)
    {
        var sizeClass = BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)count));
        _pool[start] = _freeBlocks[sizeClass];
        _freeBlocks[sizeClass] = start;
    }

    private static uint Stored(uint key) => key == 0 ? 1u : key;

    // Fibonacci hashing: the keys are hashes already, the multiplication only spreads them over the top bits.
    private static int Home(uint stored, int shift) => (int)((stored * 0x9E3779B97F4A7C15UL) >> shift);

    private int Find(uint key)
    {
        var stored = (ulong)Stored(key) << 32;
        var mask = _slots.Length - 1;
        var slot = Home(Stored(key), 64 - _bits);
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if ((entry & 0xFFFF_FFFF_0000_0000UL) == stored)
            {
                return slot;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The slot of <paramref name="key"/>, made (holding <see cref="Empty"/>) when the key is new.</summary>
    private int Insert(uint key)
    {
        var stored = (ulong)Stored(key) << 32;
        var mask = _slots.Length - 1;
        var slot = Home(Stored(key), 64 - _bits);
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                break;
            }

            if ((entry & 0xFFFF_FFFF_0000_0000UL) == stored)
            {
                return slot;
            }

            slot = (slot + 1) & mask;
        }

        if ((_used + 1) * 10L > _slots.Length * 7L)
        {
            Grow();
            return Insert(key);
        }

        _slots[slot] = stored | Empty;
        _used++;
        return slot;
    }

    private void Grow()
    {
        var old = _slots;
        _bits++;
        _slots = new ulong[1 << _bits];
        var mask = _slots.Length - 1;
        var shift = 64 - _bits;
        foreach (var entry in old)
        {
            if (entry == 0)
            {
                continue;
            }

            var slot = Home((uint)(entry >> 32), shift);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = entry;
        }
    }
}
