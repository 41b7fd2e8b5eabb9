using System.IO.Compression;
using System.Text;
using Marsad.Entities;

namespace Marsad.Evaluation.Clusters;

/// <summary>Reads and writes word clusters as gzipped <c>path TAB word</c> lines.</summary>
public static class ClusterFile
{
    public static WordClusters Read(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return WordClusters.Read(reader);
    }

    public static void Write(WordClusters clusters, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
        clusters.Write(writer);
    }
}
