using System.Buffers.Binary;
using System.Text;
using Marsad.Analysis;
using Marsad.Duplicates;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// Compact binary forms of the vectors and signatures the stream stages reload: little-endian, length-prefixed
/// UTF-8 terms with float weights; signatures as their shingle count and 32-bit values.
/// </summary>
internal static class BlobCodec
{
    public static byte[] EncodeWeights(IEnumerable<KeyValuePair<string, float>> weights)
    {
        using var memory = new MemoryStream();
        using var writer = new BinaryWriter(memory, Encoding.UTF8);
        var list = weights as IReadOnlyCollection<KeyValuePair<string, float>> ?? weights.ToList();
        writer.Write(list.Count);
        foreach (var (term, weight) in list)
        {
            writer.Write(term);
            writer.Write(weight);
        }
        writer.Flush();
        return memory.ToArray();
    }

    public static List<KeyValuePair<string, float>> DecodeWeights(byte[] blob)
    {
        using var reader = new BinaryReader(new MemoryStream(blob), Encoding.UTF8);
        var count = reader.ReadInt32();
        var weights = new List<KeyValuePair<string, float>>(count);
        for (var i = 0; i < count; i++)
        {
            var term = reader.ReadString();
            weights.Add(KeyValuePair.Create(term, reader.ReadSingle()));
        }
        return weights;
    }

    public static byte[] EncodeVector(TermVector vector) => EncodeWeights(vector.Entries());

    public static TermVector DecodeVector(byte[] blob)
    {
        var weights = DecodeWeights(blob);
        return TermVector.FromStored(weights.Select(w => w.Key).ToArray(), weights.Select(w => w.Value).ToArray());
    }

    public static byte[] EncodeSignature(MinHashSignature signature)
    {
        var bytes = new byte[4 + signature.Values.Length * 4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, signature.ShingleCount);
        for (var i = 0; i < signature.Values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4 + i * 4), signature.Values[i]);
        }
        return bytes;
    }

    public static MinHashSignature DecodeSignature(byte[] blob)
    {
        var values = new uint[(blob.Length - 4) / 4];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(blob.AsSpan(4 + i * 4));
        }
        return new MinHashSignature(values, BinaryPrimitives.ReadInt32LittleEndian(blob));
    }
}
