using Microsoft.Playwright;

namespace Marsad.Tests;

/// <summary>
/// Each page in headless Chromium at phone and desktop widths: right to left, the content there, the Arabic font
/// loaded under the content security policy, no console errors, no dialog from hostile content, no sideways
/// scrolling on a phone. Screenshots go to artifacts/screenshots/ at the repository's root.
/// </summary>
[Collection(WebServerCollection.Name)]
public sealed class BrowserTests(WebServerFixture server)
{
    private static readonly (string Name, int Width, int Height)[] Screens = [("phone", 390, 844), ("desktop", 1280, 900)];

    /// <summary>The elements that stick out of the screen sideways, named, to say what made a page scroll.</summary>
    private const string OutsideTheScreen = """
        [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().left < -1 || e.getBoundingClientRect().right > window.innerWidth + 1)
            .map(e => e.tagName + '.' + e.className).join(' ')
        """;

    [ChromiumFact]
    public async Task Every_page_renders_right_to_left_with_its_content()
    {
        var storyline = await server.SeedStorylineId();
        var eventId = (await server.GetJson("/api/articles/001_66720f3e99723966")).GetProperty("eventId").GetString();
        (string Name, string Path, string Expected)[] pages =
        [
            ("storylines", "/", "القصص"),
            ("storyline", $"/storylines/{storyline}", "التسلسل الزمني"),
            ("event", $"/events/{eventId}", "المقالات حسب المصدر"),
            ("article", "/articles/002_c4cb800c5c6b35be", "الكاظمي"),
            ("search", "/search?q=" + Uri.EscapeDataString("الأمريكية"), "الأميركية"),
            ("hostile-article", "/articles/hostile-1", "<script>alert('title')</script>"),
        ];
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.ExecutablePath, Headless = true });
        foreach (var (screen, width, height) in Screens)
        {
            await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, Locale = "ar" });
            foreach (var (name, path, expected) in pages)
            {
                var page = await context.NewPageAsync();
                var problems = new List<string>();
                page.Console += (_, message) => { if (message.Type == "error") { problems.Add(message.Text); } };
                page.Dialog += (_, dialog) => problems.Add("dialog: " + dialog.Message);
                var response = await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
                Assert.Equal(200, response!.Status);
                await page.EvaluateAsync("document.fonts.ready");
                await page.ScreenshotAsync(new() { Path = Screenshot($"{name}-{screen}.png"), FullPage = true });

                Assert.Equal("rtl", await page.EvaluateAsync<string>("document.documentElement.dir"));
                Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
                Assert.Contains(expected, await page.InnerTextAsync("main"), StringComparison.Ordinal);
                Assert.True(await page.EvaluateAsync<bool>("document.fonts.check('16px \"Noto Naskh Arabic\"', 'مرصد')"), $"{name}: font not loaded");
                var wide = await page.EvaluateAsync<string>(OutsideTheScreen);
                Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"),
                    $"{name} scrolls sideways at {width} px: {wide}");
                Assert.True(problems.Count == 0, $"{name}: {string.Join(" | ", problems)}");
                await page.CloseAsync();
            }
        }
    }

    [ChromiumFact]
    public async Task Links_lead_from_the_home_page_to_an_article()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.ExecutablePath, Headless = true });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.BaseAddress.ToString());
        var seed = await server.SeedStorylineId();
        await page.ClickAsync($"a[href='/storylines/{seed}']");
        await page.ClickAsync(".timeline-entry h3 a >> nth=0");
        Assert.StartsWith(new Uri(server.BaseAddress, "/events/").ToString(), page.Url, StringComparison.Ordinal);
        await page.ClickAsync(".articles a >> nth=0");
        Assert.StartsWith(new Uri(server.BaseAddress, "/articles/").ToString(), page.Url, StringComparison.Ordinal);
        Assert.NotEmpty(await page.InnerTextAsync(".text"));
        await page.FillAsync(".header-search input", "أمريكا");
        await page.ClickAsync(".header-search button");
        Assert.Contains("/search?q=", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator(".hit").CountAsync() > 0);
    }

    /// <summary>artifacts/screenshots/ at the repository's root (found from the test's folder), made if missing.</summary>
    private static string Screenshot(string name)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Marsad.slnx")))
        {
            folder = folder.Parent;
        }
        var screenshots = Path.Combine(folder?.FullName ?? AppContext.BaseDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(screenshots);
        return Path.Combine(screenshots, name);
    }
}
