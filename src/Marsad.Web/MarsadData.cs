using Marsad.Storage;
using Marsad.Web.Enrichment;

namespace Marsad.Web;

/// <summary>What the web host reads: the store's story, search and entity readers, and quotations.</summary>
public sealed record MarsadData(IStoryReader Stories, ISearchReader Search, IEntityReader Entities, IQuoteSource Quotes);
