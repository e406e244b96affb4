using System.Collections.Concurrent;

namespace PortMailBot.Ocr;

/// <summary>Engines sized to the cores, created on first need and reused for every page after.
/// A caller holds an engine alone while it reads one page or document.</summary>
internal sealed class TesseractEnginePool : IDisposable
{
    private readonly ConcurrentBag<TesseractEngine> _idle = [];
    private readonly SemaphoreSlim _slots;
    private readonly Func<TesseractEngine> _create;
    private int _created;
    private volatile bool _disposed;

    public TesseractEnginePool(int size, Func<TesseractEngine> create)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        Size = size;
        _slots = new SemaphoreSlim(size, size);
        _create = create;
    }

    public int Size { get; }

    /// <summary>How many native engines exist: never more than <see cref="Size"/>.</summary>
    public int Created => Volatile.Read(ref _created);

    public Lease Rent(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _slots.Wait(cancellationToken);
        try
        {
            if (_idle.TryTake(out var engine))
            {
                return new Lease(this, engine);
            }

            engine = _create();
            Interlocked.Increment(ref _created);
            return new Lease(this, engine);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    private void Return(TesseractEngine engine)
    {
        if (_disposed)
        {
            engine.Dispose();
        }
        else
        {
            _idle.Add(engine);
        }

        _slots.Release();
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var engine))
        {
            engine.Dispose();
        }
    }

    /// <summary>An engine on loan; disposing it gives the engine back.</summary>
    public sealed class Lease(TesseractEnginePool pool, TesseractEngine engine) : IDisposable
    {
        private int _returned;

        public TesseractEngine Engine { get; } = engine;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _returned, 1) == 0)
            {
                pool.Return(Engine);
            }
        }
    }
}
