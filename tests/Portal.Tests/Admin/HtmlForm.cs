using AngleSharp.Html.Dom;

namespace Portal.Tests.Admin;

/// <summary>A form as a browser would send it: its fields' current values, posted to its action or a button's formaction.</summary>
public sealed class HtmlForm
{
    private readonly List<KeyValuePair<string, string>> fields;
    private readonly string action;
    private readonly IReadOnlyList<string> buttonActions;

    private HtmlForm(string action, List<KeyValuePair<string, string>> fields, IReadOnlyList<string> buttonActions)
    {
        this.action = action;
        this.fields = fields;
        this.buttonActions = buttonActions;
    }

    public static HtmlForm Read(IHtmlDocument page, string pageUrl, string selector = "main form")
    {
        var form = page.QuerySelector(selector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"no form '{selector}' on {pageUrl}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Name is { Length: > 0 } name && input.Type is not ("submit" or "button" or "image")
                    && (input.Type is not ("checkbox" or "radio") || input.IsChecked):
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 } name:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 } name:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
            }
        }

        var buttons = form.QuerySelectorAll("button[formaction]").Select(b => b.GetAttribute("formaction")!).ToList();
        return new HtmlForm(form.GetAttribute("action") ?? pageUrl, fields, buttons);
    }

    public string? this[string name] => fields.LastOrDefault(f => f.Key == name).Value;

    public HtmlForm Set(string name, string value)
    {
        var index = fields.FindIndex(f => f.Key == name);
        if (index < 0)
        {
            throw new InvalidOperationException($"the form has no field {name}");
        }

        fields[index] = new(name, value);
        return this;
    }

    public HtmlForm Without(string name)
    {
        fields.RemoveAll(f => f.Key == name);
        return this;
    }

    /// <summary>The language's index among the form's translations.</summary>
    public int TranslationIndex(string language) =>
        int.Parse(fields.Single(f => f.Key.EndsWith("].Language", StringComparison.Ordinal) && f.Value == language).Key
            .Split('[', ']')[1]);

    public HtmlForm SetText(string language, string field, string value) =>
        Set($"Input.Translations[{TranslationIndex(language)}].{field}", value);

    public string? Text(string language, string field) => this[$"Input.Translations[{TranslationIndex(language)}].{field}"];

    /// <summary>Posts the form, through the button whose handler is <paramref name="handler"/> when given.</summary>
    public Task<HttpResponseMessage> SubmitAsync(HttpClient client, string? handler = null)
    {
        var url = handler is null ? action : buttonActions.Single(a => a.EndsWith("handler=" + handler, StringComparison.Ordinal));
        return client.PostAsync(url, new FormUrlEncodedContent(fields));
    }
}
