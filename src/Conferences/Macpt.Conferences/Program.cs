using Macpt.Conferences.Infrastructure;
using Macpt.Messaging;
using Macpt.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMacptService<ConferencesDbContext>("conferences", typeof(Program).Assembly);

var app = builder.Build();

app.UseServiceDefaults();
app.MapOpenApi();

app.Run();

public partial class Program;
