using System.Runtime.InteropServices;

namespace PortMailBot.Ocr.Native;

/// <summary>Owns one leptonica PIX; disposing it calls pixDestroy, so no path leaks a page image.</summary>
internal sealed class PixHandle : SafeHandle
{
    private PixHandle(nint pix)
        : base(nint.Zero, ownsHandle: true) => SetHandle(pix);

    public override bool IsInvalid => handle == nint.Zero;

    public nint Pointer => handle;

    public int Width => Leptonica.GetWidth(handle);

    public int Height => Leptonica.GetHeight(handle);

    public int Depth => Leptonica.GetDepth(handle);

    public int XResolution => Leptonica.GetXRes(handle);

    public int YResolution => Leptonica.GetYRes(handle);

    public long Pixels => (long)Width * Height;

    /// <summary>Wraps a PIX returned by leptonica; null when leptonica failed (returned NULL).</summary>
    public static PixHandle? FromNative(nint pix) => pix == nint.Zero ? null : new PixHandle(pix);

    protected override bool ReleaseHandle()
    {
        var pix = handle;
        Leptonica.Destroy(ref pix);
        return true;
    }
}
