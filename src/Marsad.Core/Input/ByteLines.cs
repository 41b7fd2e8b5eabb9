using System.Buffers;

namespace Marsad.Input;

/// <summary>
/// Reads a stream line by line as bytes, so that each line is decoded (and judged) on its own: one bad line
/// of a JSON Lines file must not spoil the rest. A line longer than the limit is skipped
/// without being buffered and reported by its length instead.
/// </summary>
public static class ByteLines
{
    /// <summary>A line's bytes (without the line break), or, for an over-long line, only its length.</summary>
    public readonly record struct Line(int Number, ReadOnlyMemory<byte> Bytes, long TooLongLength)
    {
        public bool IsTooLong => TooLongLength > 0;
    }

    public static IEnumerable<Line> Read(Stream stream, int maxLineBytes = InputLimits.MaxArticleBytes)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var line = new ArrayBufferWriter<byte>();
        long skippedLength = 0;
        var number = 0;
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                var offset = 0;
                while (offset < read)
                {
                    var newline = chunk.AsSpan(offset, read - offset).IndexOf((byte)'\n');
                    var pieceLength = newline < 0 ? read - offset : newline;
                    Append(line, chunk.AsSpan(offset, pieceLength), maxLineBytes, ref skippedLength);
                    if (newline < 0)
                    {
                        break;
                    }
                    number++;
                    yield return Emit(number, line, ref skippedLength);
                    offset += newline + 1;
                }
            }
            if (line.WrittenCount > 0 || skippedLength > 0)
            {
                number++;
                yield return Emit(number, line, ref skippedLength);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static void Append(ArrayBufferWriter<byte> line, ReadOnlySpan<byte> piece, int maxLineBytes, ref long skippedLength)
    {
        if (skippedLength > 0 || line.WrittenCount + piece.Length > maxLineBytes)
        {
            skippedLength += line.WrittenCount + piece.Length;
            line.Clear();
        }
        else
        {
            line.Write(piece);
        }
    }

    private static Line Emit(int number, ArrayBufferWriter<byte> line, ref long skippedLength)
    {
        Line result;
        if (skippedLength > 0)
        {
            result = new Line(number, ReadOnlyMemory<byte>.Empty, skippedLength);
        }
        else
        {
            var bytes = line.WrittenSpan;
            if (!bytes.IsEmpty && bytes[^1] == (byte)'\r')
            {
                bytes = bytes[..^1];
            }
            result = new Line(number, bytes.ToArray(), 0);
        }
        line.Clear();
        skippedLength = 0;
        return result;
    }
}
