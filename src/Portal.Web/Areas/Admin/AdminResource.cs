// The marker lives in the root namespace so that its strings are found in Resources/AdminResource*.resx.
namespace Portal.Web;

/// <summary>Marker for the admin area's interface strings in Resources/AdminResource*.resx.</summary>
public sealed class AdminResource;
