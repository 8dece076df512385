using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Areas.Admin.News;

/// <summary>What the editor's form sends: the item's facts and each language's text.</summary>
public sealed class NewsForm
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The item's version when the form was loaded: a save against a newer one is a conflict.</summary>
    public int Version { get; set; }

    /// <summary>The revision whose text filled the form, when an editor restores one: its save is audited as a restore.</summary>
    public int? RestoredFrom { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Validation.Slug")]
    [Display(Name = "Field.Slug")]
    public string? Slug { get; set; }

    /// <summary>yyyy-MM-dd, as a date field sends it; a string so that a wrong date gets our own message.</summary>
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Field.Date")]
    public string? Date { get; set; }

    /// <summary>The institution's slug.</summary>
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Field.Institution")]
    public string? Institution { get; set; }

    public List<TranslationForm> Translations { get; set; } = [];

    public DateOnly? ParsedDate =>
        DateOnly.TryParseExact(Date, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public TranslationForm? In(string language) => Translations.FirstOrDefault(t => t.Language == language);

    public static NewsForm Empty(DateOnly today) => new()
    {
        Date = today.ToString(DateFormat, CultureInfo.InvariantCulture),
        Translations = Languages.All.Select(language => new TranslationForm { Language = language }).ToList(),
    };

    public static NewsForm From(NewsItem item, string institutionSlug) =>
        Filled(item.Version, item.Slug, item.Date, institutionSlug, item.Translations.Select(text => new TranslationForm
        {
            Language = text.Language, Title = text.Title, Summary = text.Summary, Place = text.Place, Body = text.BodyMarkdown,
        }));

    /// <summary>An earlier revision's text on the form, to be saved over the item's current version.</summary>
    public static NewsForm From(NewsRevision revision, string institutionSlug, int currentVersion) =>
        Filled(currentVersion, revision.Slug, revision.Date, institutionSlug, revision.Texts.Select(text => new TranslationForm
        {
            Language = text.Language, Title = text.Title, Summary = text.Summary, Place = text.Place, Body = text.BodyMarkdown,
        }));

    /// <summary>The form with every language in order, empty where there is no text.</summary>
    private static NewsForm Filled(int version, string slug, DateOnly date, string institutionSlug, IEnumerable<TranslationForm> texts)
    {
        var byLanguage = texts.ToDictionary(t => t.Language);
        return new NewsForm
        {
            Version = version,
            Slug = slug,
            Date = date.ToString(DateFormat, CultureInfo.InvariantCulture),
            Institution = institutionSlug,
            Translations = Languages.All.Select(language => byLanguage.GetValueOrDefault(language) ?? new TranslationForm { Language = language })
                .ToList(),
        };
    }
}

/// <summary>One language's text on the editor's form.</summary>
public sealed class TranslationForm
{
    /// <summary>A news body may hold up to 100 KB of Markdown (UTF-8).</summary>
    public const int MaxBodyBytes = 100 * 1024;

    public string Language { get; set; } = "";

    [StringLength(200, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Title")]
    public string? Title { get; set; }

    [StringLength(500, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Summary")]
    [DataType(DataType.MultilineText)]
    public string? Summary { get; set; }

    [StringLength(100, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.Place")]
    public string? Place { get; set; }

    [Display(Name = "Field.Body")]
    [DataType(DataType.MultilineText)]
    public string? Body { get; set; }

    /// <summary>A language with no title, summary or body has no translation: it is stored as none.</summary>
    public bool IsMissing => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Summary) && string.IsNullOrWhiteSpace(Body);
}
