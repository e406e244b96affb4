namespace PortMailBot.Intake.Mail;

/// <summary>
/// A write-only memory sink that refuses to grow past a limit, so decoding a part never holds more than
/// the limit: either it throws <see cref="SizeLimitExceededException"/> or it silently drops the excess.
/// </summary>
internal sealed class LimitedMemoryStream(long limit, bool truncate) : Stream
{
    private readonly MemoryStream buffer = new();

    public bool Truncated { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => buffer.Length;

    public override long Position
    {
        get => buffer.Length;
        set => throw new NotSupportedException();
    }

    public byte[] ToArray() => buffer.ToArray();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var room = limit - this.buffer.Length;
        if (buffer.Length > room)
        {
            if (!truncate)
            {
                throw new SizeLimitExceededException(limit);
            }

            Truncated = true;
            buffer = buffer[..(int)Math.Max(0, room)];
        }

        this.buffer.Write(buffer);
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            buffer.Dispose();
        }

        base.Dispose(disposing);
    }
}
