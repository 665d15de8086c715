using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Rcm.Core.Audit;
using Rcm.Core.Persistence;
using Rcm.Core.Security;

namespace Rcm.Server.Security;

/// <summary>
/// Keeps the Data Protection key ring in the database so every instance on one PostgreSQL decrypts what the
/// others encrypted. (Like Microsoft.AspNetCore.DataProtection.EntityFrameworkCore, but on our own table so
/// Rcm.Core needs no ASP.NET Core package.)
/// </summary>
public sealed class DatabaseXmlRepository(DatabaseTarget target) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = RcmDatabase.Open(target, new SystemActor("keys"), TimeProvider.System);
        return db.ProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = RcmDatabase.Open(target, new SystemActor("keys"), TimeProvider.System);
        db.ProtectionKeys.Add(new ProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
