using System.Text.Json;

namespace Marsad.Input;

/// <summary>
/// Streams the elements of a top-level JSON array one by one, each as its own bytes, through a buffer that
/// grows only to the largest element. Every element before a syntax error has already been handed out when the
/// error is met, and the error says on which line it is. An element's bytes are the buffer's own, valid until the
/// next element is asked for: the reader parses each at once, and a copy of every article's bytes was 5% of a
/// plain ingest's garbage.
/// </summary>
public static class JsonArrayElements
{
    /// <summary>An element's bytes and the line it starts on; or, for broken JSON, the error and its line.</summary>
    public readonly record struct Element(ReadOnlyMemory<byte> Bytes, int Line, string? Error);

    public static IEnumerable<Element> Read(Stream stream, int maxElementBytes = InputLimits.MaxArticleBytes)
    {
        var buffer = new byte[64 * 1024];
        var filled = 0;
        var start = 0;
        var final = false;
        var line = 1;
        var state = new JsonReaderState();
        var insideArray = false;
        while (true)
        {
            var step = Step(buffer.AsSpan(start, filled - start), final, ref state, ref insideArray, out var consumed, out var element, out var error);
            if (error is not null)
            {
                yield return new Element(ReadOnlyMemory<byte>.Empty, line + CountLines(buffer.AsSpan(start, Math.Max(0, consumed))), error);
                yield break;
            }
            if (step == StepResult.Element)
            {
                var elementStart = start + element.Start.Value;
                line += CountLines(buffer.AsSpan(start, element.Start.Value));
                yield return new Element(buffer.AsMemory(elementStart, element.End.Value - element.Start.Value), line, null);
                line += CountLines(buffer.AsSpan(elementStart, consumed - element.Start.Value));
                start += consumed;
                continue;
            }
            if (step == StepResult.Done)
            {
                yield break;
            }
            if (final)
            {
                yield return new Element(ReadOnlyMemory<byte>.Empty, line, "the JSON ends before the array is closed");
                yield break;
            }
            // Need more bytes: keep the unconsumed tail, grow if one element fills the buffer.
            line += CountLines(buffer.AsSpan(start, consumed));
            start += consumed;
            var tail = filled - start;
            if (tail >= buffer.Length / 2)
            {
                if (buffer.Length >= maxElementBytes * 2L)
                {
                    yield return new Element(ReadOnlyMemory<byte>.Empty, line, $"an element is larger than {InputLimits.Describe(maxElementBytes)}");
                    yield break;
                }
                Array.Resize(ref buffer, buffer.Length * 2);
            }
            Buffer.BlockCopy(buffer, start, buffer, 0, tail);
            filled = tail;
            start = 0;
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            filled += read;
            final = read == 0;
        }
    }

    private enum StepResult
    {
        NeedMore,
        Element,
        Done,
    }

    /// <summary>Advances over the bytes at hand: to the end of the next complete element, or as far as they allow.</summary>
    private static StepResult Step(ReadOnlySpan<byte> bytes, bool final, ref JsonReaderState state, ref bool insideArray,
        out int consumed, out Range element, out string? error)
    {
        consumed = 0;
        element = default;
        error = null;
        var reader = new Utf8JsonReader(bytes, final, state);
        try
        {
            if (!insideArray)
            {
                if (!reader.Read())
                {
                    return StepResult.NeedMore;
                }
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    error = "expected a JSON array of articles";
                    return StepResult.NeedMore;
                }
                insideArray = true;
                consumed = (int)reader.BytesConsumed;
                state = reader.CurrentState;
            }
            var checkpoint = reader.CurrentState;
            var checkpointConsumed = (int)reader.BytesConsumed;
            if (!reader.Read())
            {
                return StepResult.NeedMore;
            }
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return StepResult.Done;
            }
            var elementStart = (int)reader.TokenStartIndex;
            if (!reader.TrySkip())
            {
                state = checkpoint;
                consumed = checkpointConsumed;
                return StepResult.NeedMore;
            }
            consumed = (int)reader.BytesConsumed;
            element = elementStart..consumed;
            state = reader.CurrentState;
            return StepResult.Element;
        }
        catch (JsonException failure)
        {
            error = JsonLinesReader.ShortJsonMessage(failure);
            consumed = (int)reader.BytesConsumed;
            return StepResult.NeedMore;
        }
    }

    private static int CountLines(ReadOnlySpan<byte> bytes) => bytes.Count((byte)'\n');
}
