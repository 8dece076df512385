using System.Xml.Linq;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Localization;

public sealed class InterfaceStringsTests
{
    private static readonly string Resources = Path.Combine(TestPaths.RepositoryRoot, "src", "Portal.Web", "Resources");

    public static TheoryData<string> ResourceSets() =>
        new(Directory.EnumerateFiles(Resources, "*.resx")
            .Select(f => Path.GetFileName(f).Split('.')[0])
            .Distinct());

    [Theory]
    [MemberData(nameof(ResourceSets))]
    public void Every_interface_string_exists_in_french_russian_and_belarusian(string set)
    {
        var english = Read(Path.Combine(Resources, set + ".resx"));

        foreach (var language in new[] { "fr", "ru", "be" })
        {
            var translated = Read(Path.Combine(Resources, $"{set}.{language}.resx"));
            Assert.Equal(english.Keys.Order(), translated.Keys.Order());
            Assert.All(translated, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{set}.{language}: {pair.Key} is empty"));
        }
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
}
