namespace Portal.Web.Pages;

/// <summary>The parts of the site the main navigation leads to; a page in one of them is marked as current there.</summary>
public enum NavSection
{
    None,
    Home,
    Priorities,
    History,
    News,
    Institutions,
    Highlights,
}
