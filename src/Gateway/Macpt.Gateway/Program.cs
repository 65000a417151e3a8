using Macpt.Gateway;
using Macpt.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddReverseProxy()
    .LoadFromMemory(ServiceRoutes.Routes, ServiceRoutes.Clusters)
    .AddServiceDiscoveryDestinationResolver();

var app = builder.Build();

app.UseServiceDefaults();
app.MapReverseProxy();
app.MapFallback(UnknownRoute.Answer);

app.Run();

public partial class Program;
