namespace Marsad.Input;

/// <summary>
/// A read-only stream whose first bytes were already read to look at them: it replays them, then goes on
/// with the rest. Zip entries and standard input cannot seek back, so peeking has to work this way.
/// </summary>
public sealed class PeekedStream : Stream
{
    private readonly Stream inner;
    private readonly byte[] head;
    private int headPosition;

    private PeekedStream(Stream inner, byte[] head)
    {
        this.inner = inner;
        this.head = head;
    }

    /// <summary>The first bytes of <paramref name="inner"/> (up to <paramref name="count"/>), and a stream that still starts at them.</summary>
    public static PeekedStream Peek(Stream inner, int count, out ReadOnlySpan<byte> peeked)
    {
        var buffer = new byte[count];
        var filled = 0;
        int read;
        while (filled < count && (read = inner.Read(buffer, filled, count - filled)) > 0)
        {
            filled += read;
        }
        var head = buffer[..filled];
        peeked = head;
        return new PeekedStream(inner, head);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (headPosition < head.Length)
        {
            var n = Math.Min(buffer.Length, head.Length - headPosition);
            head.AsSpan(headPosition, n).CopyTo(buffer);
            headPosition += n;
            return n;
        }
        return inner.Read(buffer);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
