using Marsad.Entities;

namespace Marsad.Tests.Entities;

public sealed class NerModelFormatTests
{
    private static NerModel TinyModel()
    {
        // Two features: the word قال predicts O, the word مصطفي predicts B-PER; weights chosen by hand.
        var said = FeatureHash.Of("قال");
        var name = FeatureHash.Of("مصطفي");
        var weights = new float[2 * BioTags.Count];
        weights[(int)BioTag.Outside] = 1.5f;
        weights[BioTags.Count + (int)BioTag.BeginPerson] = 2.25f;
        weights[BioTags.Count + (int)BioTag.Outside] = -0.125f;
        var transitions = new float[Transitions.Size];
        transitions[Transitions.Index((int)BioTag.BeginPerson, (int)BioTag.InsidePerson)] = 0.75f;
        var clusters = WordClusters.FromPaths([new ClusteredWord("بغداد", "0110", 800)]);
        var gazetteer = new EntityGazetteer([new GazetteerEntry(["مصطفي", "الكاظمي"], EntityType.Person)]);
        var news = new EntityGazetteer([new GazetteerEntry(["بغداد"], EntityType.Location)]);
        var lexicon = new NerLexicon(clusters, WordClusters.Empty, gazetteer, news);
        return new NerModel(new NerWeights([said, name], weights, transitions), lexicon, "tiny");
    }

    [Fact]
    public void A_model_reads_back_as_written()
    {
        var model = TinyModel();
        using var stream = new MemoryStream();
        NerModelFormat.Write(model, stream);
        stream.Position = 0;
        var read = NerModelFormat.Read(stream);

        Assert.Equal("tiny", read.Description);
        Assert.Equal(2, read.Weights.FeatureCount);
        Assert.Equal(model.Weights.TransitionWeights.ToArray(), read.Weights.TransitionWeights.ToArray());
        var rows = read.Weights.Rows.ToDictionary(r => r.Key, r => r.Row.ToArray());
        var original = model.Weights.Rows.ToDictionary(r => r.Key, r => r.Row.ToArray());
        foreach (var (key, row) in original)
        {
            for (var t = 0; t < BioTags.Count; t++)
            {
                Assert.Equal(row[t], rows[key][t], 3); // quantized to 16 bits against the largest weight
            }
        }
        Assert.Equal(800, read.Clusters.CountOf("بغداد"));
        Assert.Single(read.Lexicon.Names.Entries);
        Assert.Equal(EntityType.Location, Assert.Single(read.Lexicon.NewsNames.Entries).Type);
    }

    [Fact]
    public void Something_else_is_refused_with_a_clear_error()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(gzip))
        {
            writer.Write("NOT-A-MODEL");
        }
        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => NerModelFormat.Read(stream));
    }
}
