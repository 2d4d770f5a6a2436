// The toolkit's own contract; the pinned SDK is read offline from the local repository (the
// IT's own, or the user's behind it as its read-only tail).
evaluate(new File(itDir, 'check-doc-project.groovy')).copyContract(basedir, specFile)
return true
