using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr;

/// <summary>A page image that whoever reads it may release early (<see cref="TesseractEngine.Recognize"/> with
/// <c>releaseOnceSet</c>), made again from its source when it is needed after that. Not thread-safe.</summary>
internal sealed class RemakeablePix(Func<PixHandle> make) : IDisposable
{
    private PixHandle? _current;

    /// <summary>The image: the one made before unless it was released since, else a new one.</summary>
    public PixHandle Get() => _current is { IsClosed: false } ? _current : _current = make();

    public void Dispose() => _current?.Dispose();
}
