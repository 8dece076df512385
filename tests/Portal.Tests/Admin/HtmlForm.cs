using System.Net.Http.Headers;
using AngleSharp.Html.Dom;

namespace Portal.Tests.Admin;

/// <summary>
/// A form on a page, filled in and sent as a browser would: AngleSharp builds the request from the fields' current values,
/// the hidden antiforgery token among them, to the form's action or the pressed button's formaction.
/// </summary>
public sealed class HtmlForm(IHtmlFormElement form)
{
    /// <param name="page">A page read at its address (<see cref="Infrastructure.Html"/>), against which the form's action resolves.</param>
    public static HtmlForm Read(IHtmlDocument page, string selector = "main form") =>
        new(page.QuerySelector(selector) as IHtmlFormElement ?? throw new InvalidOperationException($"no form '{selector}' on {page.Url}"));

    public HtmlForm Set(string name, string value)
    {
        switch (Field(name))
        {
            case IHtmlInputElement input:
                input.Value = value;
                break;
            case IHtmlTextAreaElement area:
                area.Value = value;
                break;
            case IHtmlSelectElement select:
                Choose(select, value);
                break;
            default:
                throw new InvalidOperationException($"the field {name} is neither an input, a text area nor a list");
        }

        return this;
    }

    /// <summary>Removes the field from the page, as one could in the browser's developer tools.</summary>
    public HtmlForm Without(string name)
    {
        Field(name).Remove();
        return this;
    }

    /// <summary>The language's index among the form's translations.</summary>
    public int TranslationIndex(string language) =>
        int.Parse(form.Elements.OfType<IHtmlInputElement>()
            .Single(input => input.Name!.EndsWith("].Language", StringComparison.Ordinal) && input.Value == language).Name!
            .Split('[', ']')[1]);

    public HtmlForm SetText(string language, string field, string value) =>
        Set($"Input.Translations[{TranslationIndex(language)}].{field}", value);

    public string? Text(string language, string field) => Field($"Input.Translations[{TranslationIndex(language)}].{field}") switch
    {
        IHtmlInputElement input => input.Value,
        IHtmlTextAreaElement area => area.Value,
        _ => null,
    };

    /// <summary>A field's current value by its name.</summary>
    public string? Value(string name) => Field(name) switch
    {
        IHtmlInputElement input => input.Value,
        IHtmlTextAreaElement area => area.Value,
        _ => null,
    };

    /// <summary>Sends the form, by pressing the button whose handler is <paramref name="handler"/> when given.</summary>
    public Task<HttpResponseMessage> SubmitAsync(HttpClient client, string? handler = null)
    {
        var button = handler is null ? null : form.Elements.OfType<IHtmlButtonElement>()
            .Single(b => b.GetAttribute("formaction")?.EndsWith("handler=" + handler, StringComparison.Ordinal) == true);
        var submission = (button is null ? form.GetSubmission() : form.GetSubmission(button))
            ?? throw new InvalidOperationException($"the form on {form.Owner?.Url} cannot be sent");
        // To the client's own server: a form read from one instance of the app may be sent to another (the same site behind a balancer).
        var target = client.BaseAddress is { } server ? new Uri(server, submission.Target.PathName + submission.Target.Search) : new Uri(submission.Target.Href);
        var request = new HttpRequestMessage(new HttpMethod(submission.Method.ToString().ToUpperInvariant()), target);
        if (submission.MimeType is { } type)
        {
            // As a browser sends it: a text area's line breaks as CRLF.
            request.Content = new StreamContent(submission.Body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        }

        return client.SendAsync(request);
    }

    public AngleSharp.Dom.IElement Field(string name) =>
        form.Elements[name] ?? throw new InvalidOperationException($"the form has no field {name}");

    // A value no option offers is what a tampered post sends: the option is added first, as in the browser's developer tools.
    private static void Choose(IHtmlSelectElement select, string value)
    {
        if (!select.Options.Any(option => option.Value == value))
        {
            var option = (IHtmlOptionElement)select.Owner!.CreateElement("option");
            option.Value = value;
            select.AddOption(option);
        }

        select.Value = value;
    }
}
