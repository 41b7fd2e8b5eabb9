using System.IO.Compression;
using System.Text;

namespace Marsad.Entities;

/// <summary>
/// The model file: gzip over a compact binary layout. Feature hashes are sorted and stored as variable-length
/// deltas; each feature row stores only its non-zero weights, quantized to 16 bits against one scale.
/// </summary>
public static class NerModelFormat
{
    private const string Magic = "MARSAD-NER";
    private const int FormatVersion = 2;

    public static void Write(NerModel model, Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(NerFeatureExtractor.Version);
        writer.Write(model.Description);
        WriteClusters(model.Lexicon.Clusters, writer);
        WriteClusters(model.Lexicon.Embeddings, writer);
        WriteGazetteer(model.Lexicon.Names, writer);
        WriteGazetteer(model.Lexicon.NewsNames, writer);
        foreach (var weight in model.Weights.TransitionWeights)
        {
            writer.Write(weight);
        }
        WriteRows(model.Weights, writer);
        writer.Write(model.DocumentPass is not null);
        if (model.DocumentPass is { } pass)
        {
            writer.Write(pass.Window);
            foreach (var weight in pass.Weights.TransitionWeights)
            {
                writer.Write(weight);
            }
            WriteRows(pass.Weights, writer);
        }
    }

    public static NerModel Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("Not a Marsad entity model, or one of another format version.");
        }
        var featureVersion = reader.ReadInt32();
        if (featureVersion != NerFeatureExtractor.Version)
        {
            throw new InvalidDataException(
                $"The model was trained with features v{featureVersion}; this code extracts v{NerFeatureExtractor.Version}. Retrain it (marsad train ner).");
        }
        var description = reader.ReadString();
        var lexicon = new NerLexicon(ReadClusters(reader), ReadClusters(reader), ReadGazetteer(reader), ReadGazetteer(reader));
        var transitions = new float[Transitions.Size];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }
        var weights = ReadRows(reader, transitions);
        DocumentPass? documentPass = null;
        if (reader.ReadBoolean())
        {
            var window = reader.ReadInt32();
            var passTransitions = new float[Transitions.Size];
            for (var i = 0; i < passTransitions.Length; i++)
            {
                passTransitions[i] = reader.ReadSingle();
            }
            documentPass = new DocumentPass(ReadRows(reader, passTransitions), window);
        }
        return new NerModel(weights, lexicon, description, documentPass);
    }

    private static void WriteClusters(WordClusters clusters, BinaryWriter writer)
    {
        using var text = new StringWriter();
        clusters.Write(text);
        writer.Write(text.ToString());
    }

    private static WordClusters ReadClusters(BinaryReader reader)
    {
        using var text = new StringReader(reader.ReadString());
        return WordClusters.Read(text);
    }

    private static void WriteGazetteer(EntityGazetteer gazetteer, BinaryWriter writer)
    {
        writer.Write(gazetteer.Entries.Count);
        foreach (var entry in gazetteer.Entries)
        {
            writer.Write((byte)entry.Type);
            writer.Write(string.Join(' ', entry.Words));
        }
    }

    private static EntityGazetteer ReadGazetteer(BinaryReader reader)
    {
        var entries = new GazetteerEntry[reader.ReadInt32()];
        for (var i = 0; i < entries.Length; i++)
        {
            var type = (EntityType)reader.ReadByte();
            entries[i] = new GazetteerEntry(reader.ReadString().Split(' '), type);
        }
        return new EntityGazetteer(entries);
    }

    private static void WriteRows(NerWeights weights, BinaryWriter writer)
    {
        var rows = weights.Rows.OrderBy(r => r.Key).ToList();
        var largest = rows.SelectMany(r => r.Row.ToArray()).Select(Math.Abs).DefaultIfEmpty(1f).Max();
        var scale = largest > 0 ? largest / short.MaxValue : 1f;
        writer.Write(rows.Count);
        writer.Write(scale);
        var previous = 0UL;
        foreach (var (key, row) in rows)
        {
            writer.Write7BitEncodedInt64((long)(key - previous));
            previous = key;
            var quantized = new short[BioTags.Count];
            var mask = 0;
            for (var t = 0; t < BioTags.Count; t++)
            {
                quantized[t] = (short)Math.Round(row.Span[t] / scale);
                mask |= quantized[t] != 0 ? 1 << t : 0;
            }
            writer.Write((ushort)mask);
            for (var t = 0; t < BioTags.Count; t++)
            {
                if (quantized[t] != 0)
                {
                    writer.Write(quantized[t]);
                }
            }
        }
    }

    private static NerWeights ReadRows(BinaryReader reader, float[] transitions)
    {
        var count = reader.ReadInt32();
        var scale = reader.ReadSingle();
        var keys = new ulong[count];
        var weights = new float[count * BioTags.Count];
        var previous = 0UL;
        for (var r = 0; r < count; r++)
        {
            previous += (ulong)reader.Read7BitEncodedInt64();
            keys[r] = previous;
            var mask = reader.ReadUInt16();
            for (var t = 0; t < BioTags.Count; t++)
            {
                if ((mask & (1 << t)) != 0)
                {
                    weights[(r * BioTags.Count) + t] = reader.ReadInt16() * scale;
                }
            }
        }
        return new NerWeights(keys, weights, transitions);
    }
}
