using YamlDotNet.Serialization;

namespace Portal.Web.Content;

/// <summary>The YAML block at the top of a content file; content/README.md describes every field.</summary>
public sealed class FrontMatter
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public int? Order { get; set; }
    public string? Date { get; set; }
    public string? Place { get; set; }
    public string? Institution { get; set; }
    public List<TimelineItem>? Timeline { get; set; }

    /// <summary>In a translation: the git blob hash of the English file it was translated from (the <c>translations</c> command).</summary>
    [YamlMember(Alias = "translated-from", ApplyNamingConventions = false)]
    public string? TranslatedFrom { get; set; }

    public sealed class TimelineItem
    {
        public int? Year { get; set; }
        public string? When { get; set; }
        public string? Strand { get; set; }
        public string? Text { get; set; }
    }
}

/// <summary>Splits a content file into front matter and Markdown body.</summary>
public static class FrontMatterReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(YamlDotNet.Serialization.NamingConventions.CamelCaseNamingConvention.Instance)
        .Build();

    /// <exception cref="ContentException">The file has no front matter, or its YAML is invalid.</exception>
    public static (FrontMatter FrontMatter, string Body) Read(string text)
    {
        using var reader = new StringReader(text.TrimStart('\uFEFF'));
        if (reader.ReadLine()?.TrimEnd() != "---")
        {
            throw new ContentException("the file does not start with a front matter block (---)");
        }

        var yaml = new System.Text.StringBuilder();
        for (var line = reader.ReadLine(); ; line = reader.ReadLine())
        {
            if (line is null)
            {
                throw new ContentException("the front matter block is not closed (---)");
            }

            if (line.TrimEnd() == "---")
            {
                break;
            }

            yaml.AppendLine(line);
        }

        try
        {
            var frontMatter = Yaml.Deserialize<FrontMatter?>(yaml.ToString()) ?? new FrontMatter();
            return (frontMatter, reader.ReadToEnd());
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new ContentException($"invalid front matter at line {e.Start.Line + 1}: {e.InnerException?.Message ?? e.Message}");
        }
    }
}

/// <summary>A content file that cannot be imported; the message says why, for the log.</summary>
public sealed class ContentException(string message) : Exception(message);
