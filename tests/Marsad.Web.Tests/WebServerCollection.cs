namespace Marsad.Tests;

[CollectionDefinition(Name)]
public sealed class WebServerCollection : ICollectionFixture<WebServerFixture>
{
    public const string Name = "web server";
}
