using System.Numerics;
using System.Runtime.InteropServices;

namespace PortMailBot.Ocr.Native;

/// <summary>Large native buffers kept after use for the next request of about the same size, so that a
/// page's images land in memory that is already mapped. On this kind of virtual machine a fresh 4 KB
/// page costs about 12 microseconds to fault in: 25 ms for one letter page at 300 dpi, more than
/// levelling it.</summary>
/// <remarks>Buffers come from malloc, so one freed with <c>free</c> behind the pool's back is still freed
/// correctly; they are remembered by address, and <see cref="Return"/> gives anything it did not hand out
/// to <c>free</c>. Below <see cref="LargeBytes"/> malloc's own free lists serve as well.</remarks>
internal sealed unsafe class ImageBufferPool
{
    internal const int LargeBytes = 64 * 1024;

    /// <summary>A free buffer serves a request of at least this fraction of its size, so that a small
    /// image does not pin a page-sized buffer.</summary>
    private const double SmallestUseOfBuffer = 0.5;

    private readonly Lock _gate = new();
    private readonly Dictionary<nint, long> _handedOut = [];

    /// <summary>Newest first: the oldest are the ones no recent page has needed, and go first.</summary>
    private readonly LinkedList<(nint Pointer, long Size)> _free = [];
    private long _freeBytes;
    private long _capacityBytes;

    public ImageBufferPool(long capacityBytes)
    {
        _capacityBytes = Math.Max(0, capacityBytes);
    }

    /// <summary>How many bytes of free buffers are kept; lowering it frees the oldest at once.</summary>
    public long CapacityBytes
    {
        get => Interlocked.Read(ref _capacityBytes);
        set
        {
            lock (_gate)
            {
                Interlocked.Exchange(ref _capacityBytes, Math.Max(0, value));
                FreeOldestTo(Math.Max(0, value));
            }
        }
    }

    public long FreeBytes => Interlocked.Read(ref _freeBytes);

    /// <summary>Large requests served from a kept buffer, and served by a new one.</summary>
    public long Reused { get; private set; }

    public long Allocated { get; private set; }

    /// <summary>The size rounded up to a sixteenth of its power of two: a page scanned a few rows taller
    /// than the last one still finds its buffer, for at most 12.5% more memory.</summary>
    public static long SizeClass(long size)
    {
        var granule = Math.Max(64L * 1024, (long)BitOperations.RoundUpToPowerOf2((ulong)Math.Max(size, 1)) / 16);
        return (size + granule - 1) / granule * granule;
    }

    /// <summary>At least <paramref name="size"/> bytes (contents undefined), or null when memory is exhausted.</summary>
    public void* Rent(nuint size)
    {
        if (size < LargeBytes)
        {
            return TryAlloc(size);
        }

        lock (_gate)
        {
            var kept = TakeBestFit((long)size);
            if (kept != nint.Zero)
            {
                Reused++;
                return (void*)kept;
            }

            // A size no free buffer serves: make room for it now rather than when it comes back, so the
            // pool never holds its whole capacity of buffers that fit nothing on top of a new one.
            var capacity = SizeClass((long)size);
            FreeOldestTo(CapacityBytes - capacity);
            var pointer = (nint)TryAlloc((nuint)capacity);
            if (pointer != nint.Zero)
            {
                _handedOut[pointer] = capacity;
                Allocated++;
            }

            return (void*)pointer;
        }
    }

    public void Return(void* buffer)
    {
        if (buffer == null)
        {
            return;
        }

        lock (_gate)
        {
            if (_handedOut.Remove((nint)buffer, out var size) && size <= CapacityBytes)
            {
                _free.AddFirst(((nint)buffer, size));
                Interlocked.Add(ref _freeBytes, size);
                FreeOldestTo(CapacityBytes);
                return;
            }
        }

        NativeMemory.Free(buffer);
    }

    /// <summary>Frees every kept buffer.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            FreeOldestTo(0);
        }
    }

    /// <summary>Null instead of an exception: leptonica is the caller, and reports a failed allocation itself.</summary>
    private static void* TryAlloc(nuint size)
    {
        try
        {
            return NativeMemory.Alloc(size);
        }
        catch (OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>The smallest free buffer that fits <paramref name="size"/> without wasting most of itself.</summary>
    private nint TakeBestFit(long size)
    {
        LinkedListNode<(nint Pointer, long Size)>? best = null;
        for (var node = _free.First; node is not null; node = node.Next)
        {
            var candidate = node.Value.Size;
            if (candidate >= size && candidate * SmallestUseOfBuffer <= size && (best is null || candidate < best.Value.Size))
            {
                best = node;
            }
        }

        if (best is null)
        {
            return nint.Zero;
        }

        _free.Remove(best);
        Interlocked.Add(ref _freeBytes, -best.Value.Size);
        _handedOut[best.Value.Pointer] = best.Value.Size;
        return best.Value.Pointer;
    }

    private void FreeOldestTo(long bytes)
    {
        while (_freeBytes > bytes && _free.Last is { } oldest)
        {
            _free.RemoveLast();
            Interlocked.Add(ref _freeBytes, -oldest.Value.Size);
            NativeMemory.Free((void*)oldest.Value.Pointer);
        }
    }
}
