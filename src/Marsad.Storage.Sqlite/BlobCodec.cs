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
        var list = weights as IReadOnlyList<KeyValuePair<string, float>> ?? weights.ToList();
        return Encode(list.Count, i => list[i].Key, i => list[i].Value);
    }

    /// <summary>
    /// What <see cref="BinaryWriter"/> writes (a count, then each term length-prefixed in UTF-8 and its weight), into
    /// an array sized once: a growing stream copied out at the end, for every vector the stream stores, was a
    /// twentieth of an ingest's garbage.
    /// </summary>
    private static byte[] Encode(int count, Func<int, string> term, Func<int, float> weight)
    {
        // Each term's UTF-8 length, counted once for the array's size and again written before the term.
        Span<int> lengths = count <= 256 ? stackalloc int[count] : new int[count];
        var size = sizeof(int);
        for (var i = 0; i < count; i++)
        {
            lengths[i] = Encoding.UTF8.GetByteCount(term(i));
            size += LengthPrefixSize(lengths[i]) + lengths[i] + sizeof(float);
        }
        var bytes = new byte[size];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, count);
        var at = sizeof(int);
        for (var i = 0; i < count; i++)
        {
            for (var rest = (uint)lengths[i]; ; rest >>= 7)
            {
                bytes[at++] = (byte)(rest >= 0x80 ? (rest & 0x7F) | 0x80 : rest);
                if (rest < 0x80)
                {
                    break;
                }
            }
            at += Encoding.UTF8.GetBytes(term(i), bytes.AsSpan(at));
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(at), weight(i));
            at += sizeof(float);
        }
        return bytes;
    }

    /// <summary>The bytes of a string's length as <see cref="BinaryWriter"/> writes it, seven bits at a time.</summary>
    private static int LengthPrefixSize(int length)
    {
        var size = 1;
        for (var rest = (uint)length; rest >= 0x80; rest >>= 7)
        {
            size++;
        }
        return size;
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

    public static byte[] EncodeVector(TermVector vector) => Encode(vector.Count, i => vector.Terms[i], i => vector.Weights[i]);

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
