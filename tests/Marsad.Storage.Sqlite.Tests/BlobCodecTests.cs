using System.Text;
using Marsad.Analysis;
using Marsad.Storage.Sqlite;

namespace Marsad.Tests;

/// <summary>Vectors are written as <see cref="BinaryWriter"/> wrote them, so databases written before read the same.</summary>
public class BlobCodecTests
{
    private static readonly KeyValuePair<string, float>[] Weights =
    [
        KeyValuePair.Create("كاظم", 0.5f),
        KeyValuePair.Create("us", -1.25f),
        // 70 Arabic letters are 140 bytes of UTF-8: a length prefix of two bytes.
        KeyValuePair.Create(new string('ب', 70), 3f),
        KeyValuePair.Create(string.Empty, 0f),
    ];

    [Fact]
    public void Weights_are_the_bytes_a_binary_writer_writes()
    {
        Assert.Equal(WrittenByBinaryWriter(Weights), BlobCodec.EncodeWeights(Weights));
    }

    [Fact]
    public void A_vector_reads_back_as_it_was_written()
    {
        var vector = TermVector.FromStored([.. Weights.Select(w => w.Key)], [.. Weights.Select(w => w.Value)]);

        var read = BlobCodec.DecodeVector(BlobCodec.EncodeVector(vector));

        Assert.Equal(vector.Terms, read.Terms);
        Assert.Equal(vector.Weights, read.Weights);
        Assert.Equal(WrittenByBinaryWriter(Weights), BlobCodec.EncodeVector(vector));
    }

    private static byte[] WrittenByBinaryWriter(KeyValuePair<string, float>[] weights)
    {
        using var memory = new MemoryStream();
        using var writer = new BinaryWriter(memory, Encoding.UTF8);
        writer.Write(weights.Length);
        foreach (var (term, weight) in weights)
        {
            writer.Write(term);
            writer.Write(weight);
        }
        writer.Flush();
        return memory.ToArray();
    }
}
