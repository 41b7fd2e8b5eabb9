using Marsad.Storage;
using Marsad.Web.Enrichment;

namespace Marsad.Web;

/// <summary>What the web host reads: the store's story and search readers, and entities and quotations.</summary>
public sealed record MarsadData(IStoryReader Stories, ISearchReader Search, IEnrichmentSource Enrichment);
