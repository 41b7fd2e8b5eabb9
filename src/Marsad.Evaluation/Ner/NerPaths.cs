namespace Marsad.Evaluation.Ner;

/// <summary>Where the entity model's inputs and outputs live in the repository, found from any folder inside it.</summary>
public static class NerPaths
{
    /// <summary>The model that Marsad.Core embeds; <c>marsad train ner</c> writes it here.</summary>
    public static string DefaultModel => InRepository("src", "Marsad.Core", "Entities", "Resources", "ner-model.bin.gz");

    /// <summary>The word clusters that <c>marsad train clusters</c> writes and <c>marsad train ner</c> reads.</summary>
    public static string DefaultClusters => InRepository("src", "Marsad.Evaluation", "Clusters", "saudinewsnet-brown.tsv.gz");

    /// <summary>The embedding clusters that <c>marsad train clusters</c> writes beside the Brown clusters.</summary>
    public static string DefaultEmbeddingClusters =>
        InRepository("src", "Marsad.Evaluation", "Clusters", "saudinewsnet-embedding.tsv.gz");

    public static string AnercorpTrain(string? dataFolder) =>
        Path.Combine(DataLocator.Require("anercorp", dataFolder).FullName, "ANERCorp_CamelLab_train.txt");

    public static string AnercorpTest(string? dataFolder) =>
        Path.Combine(DataLocator.Require("anercorp", dataFolder).FullName, "ANERCorp_CamelLab_test.txt");

    private static string InRepository(params string[] parts)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.slnx")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }
        throw new DirectoryNotFoundException("Run this inside the Marsad repository (no Marsad.slnx found above here).");
    }
}
