namespace Portal.Web.Pages;

/// <summary>The public pages by name, as the route system knows them: their addresses are in their <c>@page</c> templates.</summary>
public static class PublicPages
{
    public const string Home = "/Index";
    public const string Fixed = "/FixedPage";
    public const string News = "/News/Index";
    public const string NewsItem = "/News/Item";
    public const string Institutions = "/Institutions/Index";
    public const string Institution = "/Institutions/Item";
    public const string Search = "/Search/Index";
    public const string Status = "/Status";

    /// <summary>The fixed page whose text is the home page's, at <c>/{lang}/</c> rather than at its slug.</summary>
    public const string HomeSlug = "home";

    /// <summary>The fixed page that says what the site keeps about a reader, how accessible it is and how to copy it.</summary>
    public const string AboutSlug = "about";
}
