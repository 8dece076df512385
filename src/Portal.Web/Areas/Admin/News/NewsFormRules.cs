using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Content;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Areas.Admin.News;

/// <summary>The rules a news item's form must meet beyond single fields' lengths; each broken rule is put next to its field.</summary>
public sealed class NewsFormRules(PortalDb db, IStringLocalizer<AdminResource> text)
{
    private const string Prefix = "Input.";

    public async Task CheckAsync(NewsForm form, int? itemId, bool publishing, ModelStateDictionary errors,
        CancellationToken cancellationToken)
    {
        if (!Languages.All.SequenceEqual(form.Translations.Select(t => t.Language)))
        {
            errors.AddModelError("", text["Validation.Languages"]);
            return;
        }

        if (form.Date is not null && form.ParsedDate is null)
        {
            errors.AddModelError(Prefix + nameof(NewsForm.Date), text["Validation.Date"]);
        }

        if (form.Institution is not null && !await db.Institutions.AnyAsync(i => i.Slug == form.Institution, cancellationToken))
        {
            errors.AddModelError(Prefix + nameof(NewsForm.Institution), text["Validation.Institution"]);
        }

        // Deleted items keep their slug, so that a re-import does not bring them back under it.
        if (form.Slug is not null && await db.News.IgnoreQueryFilters().AnyAsync(n => n.Slug == form.Slug && n.Id != itemId, cancellationToken))
        {
            errors.AddModelError(Prefix + nameof(NewsForm.Slug), text["Validation.SlugTaken"]);
        }

        for (var i = 0; i < form.Translations.Count; i++)
        {
            var translation = form.Translations[i];
            var field = FieldOf(i);
            CheckText(translation, field, errors);

            // Readers see a published translation's title and body: neither may be empty.
            var needed = publishing && (translation.Language == Languages.English || !translation.IsMissing);
            if (needed && string.IsNullOrWhiteSpace(translation.Title))
            {
                errors.AddModelError(field + nameof(TranslationForm.Title), text["Validation.RequiredToPublish"]);
            }

            if (needed && string.IsNullOrWhiteSpace(translation.Body))
            {
                errors.AddModelError(field + nameof(TranslationForm.Body), text["Validation.RequiredToPublish"]);
            }
        }
    }

    /// <summary>Each written language's body rendered, for those whose text the site can publish; the others get their message.</summary>
    public IReadOnlyList<(string Language, string Html)> Preview(NewsForm form, ModelStateDictionary errors)
    {
        var preview = new List<(string, string)>();
        for (var i = 0; i < form.Translations.Count; i++)
        {
            var translation = form.Translations[i];
            if (Languages.IsSupported(translation.Language) && !translation.IsMissing
                && CheckText(translation, FieldOf(i), errors) is { } html)
            {
                preview.Add((translation.Language, html));
            }
        }

        return preview;
    }

    /// <summary>One language's text checked and its body rendered; null when a rule is broken.</summary>
    private string? CheckText(TranslationForm translation, string field, ModelStateDictionary errors)
    {
        var publishable = true;
        foreach (var (name, value) in new[]
                 {
                     (nameof(TranslationForm.Title), translation.Title), (nameof(TranslationForm.Summary), translation.Summary),
                     (nameof(TranslationForm.Place), translation.Place), (nameof(TranslationForm.Body), translation.Body),
                 })
        {
            // The news feed is XML: a character it cannot carry would break every language's feed.
            if (value is not null && XmlCharacters.FindForbidden(value) is { } forbidden)
            {
                errors.AddModelError(field + name, text["Validation.Character", text["Field." + name], forbidden.Code]);
                publishable = false;
            }
        }

        var body = translation.Body ?? "";
        if (Encoding.UTF8.GetByteCount(body) > TranslationForm.MaxBodyBytes)
        {
            errors.AddModelError(field + nameof(TranslationForm.Body), text["Validation.BodyTooLong"]);
            return null;
        }

        if (!MarkdownRenderer.TryToHtml(body, out var html, out _))
        {
            errors.AddModelError(field + nameof(TranslationForm.Body), text["Validation.BodyUnrenderable"]);
            return null;
        }

        return publishable ? html : null;
    }

    private static string FieldOf(int translation) => $"{Prefix}{nameof(NewsForm.Translations)}[{translation}].";
}
