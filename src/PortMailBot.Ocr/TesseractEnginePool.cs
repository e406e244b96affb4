using System.Diagnostics.CodeAnalysis;

namespace PortMailBot.Ocr;

/// <summary>Engines sized to the cores, created on first need and reused for every page after.
/// A caller holds an engine alone while it reads one page or document. Engines differ by their models
/// (<c>eng</c>, <c>fra</c>, <c>eng+fra</c>): at most <see cref="Size"/> are in use at once, and at most
/// <see cref="MaxEngines"/> exist; past that, an idle engine of other models makes room.</summary>
[SuppressMessage("Usage", "CA2213:Disposable fields should be disposed", Justification = "_slots: a SemaphoreSlim holds no native handle unless AvailableWaitHandle is used (never here), and a lease returned after the pool is disposed must still release its slot.")]
internal sealed class TesseractEnginePool : IDisposable
{
    private readonly List<TesseractEngine> _idle = [];
    private readonly SemaphoreSlim _slots;
    private readonly Func<string, TesseractEngine> _create;
    private readonly string _defaultLanguages;
    private int _created;
    private int _alive;
    private volatile bool _disposed;

    public TesseractEnginePool(int size, string defaultLanguages, Func<string, TesseractEngine> create)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        Size = size;
        MaxEngines = size * 2;
        _slots = new SemaphoreSlim(size, size);
        _create = create;
        _defaultLanguages = defaultLanguages;
    }

    public int Size { get; }

    /// <summary>Engines kept at most, busy and idle together: two per slot, so a run that alternates
    /// between English and French messages does not reload models at every page.</summary>
    public int MaxEngines { get; }

    /// <summary>How many native engines were ever created: with one language, never more than <see cref="Size"/>.</summary>
    public int Created => Volatile.Read(ref _created);

    public Lease Rent(CancellationToken cancellationToken) => Rent(_defaultLanguages, cancellationToken);

    public Lease Rent(string languages, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _slots.Wait(cancellationToken);
        try
        {
            TesseractEngine? evicted = null;
            lock (_idle)
            {
                var index = _idle.FindIndex(e => e.Languages == languages);
                if (index >= 0)
                {
                    var engine = _idle[index];
                    _idle.RemoveAt(index);
                    return new Lease(this, engine);
                }

                if (_alive >= MaxEngines && _idle.Count > 0)
                {
                    evicted = _idle[0];
                    _idle.RemoveAt(0);
                }
                else
                {
                    _alive++;
                }
            }

            evicted?.Dispose();
            try
            {
                var created = _create(languages);
                Interlocked.Increment(ref _created);
                return new Lease(this, created);
            }
            catch
            {
                lock (_idle)
                {
                    _alive--;
                }

                throw;
            }
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
            lock (_idle)
            {
                _idle.Add(engine);
            }
        }

        _slots.Release();
    }

    public void Dispose()
    {
        _disposed = true;
        lock (_idle)
        {
            foreach (var engine in _idle)
            {
                engine.Dispose();
            }

            _idle.Clear();
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
