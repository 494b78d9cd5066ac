#!/usr/bin/python3
# Saves a spreadsheet as a password-protected (encrypted) XLSX with LibreOffice,
# the way Excel's "Encrypt with Password" does: an OLE2 compound file holding
# EncryptionInfo and EncryptedPackage. Or, for an .ods target, as LibreOffice's
# own password-protected OpenDocument (the parts encrypted, the manifest says
# how). Needs python3-uno (Debian).
#
#   make-encrypted.py SOURCE.fods OUT.xlsx      (password: hemmelig)
#   make-encrypted.py SOURCE.fods OUT.ods
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import NamedValue, PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


source, target = (os.path.abspath(a) for a in sys.argv[1:3])
office = subprocess.Popen(["soffice", "--headless", "--norestore",
                           "--accept=socket,host=127.0.0.1,port=2202;urp;"])
context = None
for _ in range(120):
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        context = resolver.resolve(
            "uno:socket,host=127.0.0.1,port=2202;urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(0.5)
desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0,
                                        (prop("Hidden", True),))
if target.endswith(".ods"):
    document.storeToURL(uno.systemPathToFileUrl(target),
                        (prop("FilterName", "calc8"), prop("Password", "hemmelig")))
else:
    encryption = uno.Any("[]com.sun.star.beans.NamedValue",
                         (NamedValue("OOXPassword", "hemmelig"),
                          NamedValue("CryptoType", "Standard")))
    uno.invoke(document, "storeToURL", (uno.systemPathToFileUrl(target),
                                        (prop("FilterName", "Calc Office Open XML"),
                                         prop("EncryptionData", encryption))))
document.close(True)
try:
    desktop.terminate()
except Exception:
    pass
office.wait(timeout=60)
