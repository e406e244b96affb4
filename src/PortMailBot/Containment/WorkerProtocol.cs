using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Serialization;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Containment;

/// <summary>One message's attachments sent to the worker, with how long it may read them. A worker reads
/// several requests at once; <paramref name="Id"/> tells their replies apart.</summary>
internal sealed record WorkerRequest(int Id, string Language, int TimeoutMilliseconds, IReadOnlyList<AttachmentFile> Attachments);

/// <summary>One document of request <paramref name="Request"/> read by the worker, sent as soon as it is read.</summary>
internal sealed record WorkerReply(int Request, int Index, ExtractedDocument Document);

/// <summary>Frames between the daemon and its worker: a 4-byte little-endian length, then that much UTF-8
/// JSON. The extracted document model is plain data, so it crosses as it is.</summary>
internal static class WorkerProtocol
{
    /// <summary>A message is already bounded by the mail reader; this only refuses a garbled length.</summary>
    private const int MaxFrameBytes = 512 * 1024 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
        MaxDepth = 64,
    };

    public static void Write<T>(Stream stream, T value)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(value, Json);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, body.Length);
        stream.Write(length);
        stream.Write(body);
        stream.Flush();
    }

    /// <summary>The same, asynchronously: the daemon's side, whose pipes may be non-blocking sockets (as under
    /// a test runner), where a blocking write of a large frame fails with a time-out.</summary>
    public static async Task WriteAsync<T>(Stream stream, T value)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(value, Json);
        var length = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, body.Length);
        await stream.WriteAsync(length);
        await stream.WriteAsync(body);
        await stream.FlushAsync();
    }

    /// <summary>The next frame, asynchronously; null at the end of the stream.</summary>
    public static async Task<T?> ReadAsync<T>(Stream stream)
        where T : class
    {
        var length = new byte[4];
        if (!await ReadFullyAsync(stream, length))
        {
            return null;
        }

        var size = BinaryPrimitives.ReadInt32LittleEndian(length);
        if (size is < 0 or > MaxFrameBytes)
        {
            throw new InvalidDataException($"worker frame of {size} bytes");
        }

        var body = new byte[size];
        return await ReadFullyAsync(stream, body) ? JsonSerializer.Deserialize<T>(body, Json) : null;
    }

    /// <summary>The next frame; null at the end of the stream (the other side exited).</summary>
    public static T? Read<T>(Stream stream)
        where T : class
    {
        Span<byte> length = stackalloc byte[4];
        if (!ReadFully(stream, length))
        {
            return null;
        }

        var size = BinaryPrimitives.ReadInt32LittleEndian(length);
        if (size is < 0 or > MaxFrameBytes)
        {
            throw new InvalidDataException($"worker frame of {size} bytes");
        }

        var body = new byte[size];
        return ReadFully(stream, body) ? JsonSerializer.Deserialize<T>(body, Json) : null;
    }

    private static async Task<bool> ReadFullyAsync(Stream stream, Memory<byte> buffer)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer[read..]);
            if (n == 0)
            {
                return false;
            }

            read += n;
        }

        return true;
    }

    private static bool ReadFully(Stream stream, Span<byte> buffer)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer[read..]);
            if (n == 0)
            {
                return false;
            }

            read += n;
        }

        return true;
    }
}
