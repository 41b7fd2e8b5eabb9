using Marsad.Input;
using Marsad.Tests.Support;

namespace Marsad.Tests.Input;

/// <summary>The cases are in <c>Examples/encodings.md</c>, one row per file.</summary>
public sealed class TextDecoderTests
{
    private const string Examples = "encodings.md";

    public static IEnumerable<object[]> Cases => MarkdownTable.FirstColumn(Examples);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decodes_the_example_or_says_why_not(string @case)
    {
        var row = MarkdownTable.Read(Examples).Single(r => r["case"] == @case);
        var bytes = EncodingExampleBytes.Make(row["bytes"], row["text"]);
        var declared = row["declared"].Length > 0 ? row["declared"] : null;
        var expected = row["decoded as"];

        if (expected.StartsWith("error:", StringComparison.Ordinal))
        {
            var error = Assert.Throws<UndecodableInputException>(() => TextDecoder.Decode(bytes, declared));
            Assert.Contains(expected["error:".Length..].Trim(), error.Message, StringComparison.Ordinal);
        }
        else
        {
            var decoded = TextDecoder.Decode(bytes, declared);
            Assert.Equal(expected, decoded.EncodingName);
            Assert.Equal(row["text"], decoded.Text);
        }
    }

    [Fact]
    public void Random_bytes_never_throw_anything_but_the_clear_error()
    {
        var random = new Random(20240513);
        for (var i = 0; i < 500; i++)
        {
            var bytes = new byte[random.Next(1, 600)];
            random.NextBytes(bytes);
            // Keep some cases NUL-free so they reach the single-byte and damaged-UTF-8 paths.
            if (i % 2 == 0)
            {
                for (var j = 0; j < bytes.Length; j++)
                {
                    bytes[j] = (byte)(bytes[j] < 0x20 ? bytes[j] | 0x40 : bytes[j]);
                }
            }
            try
            {
                var decoded = TextDecoder.Decode(bytes);
                Assert.DoesNotContain('\uFFFD', decoded.Text);
            }
            catch (UndecodableInputException)
            {
                // A clear refusal is a fine answer to noise.
            }
        }
    }
}
