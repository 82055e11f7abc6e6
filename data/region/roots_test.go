package region

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestDefaultOnlyAtRoots fails when a package under data/ or views/ reaches
// for the embedded gazetteer itself (issue 12): region.Default() belongs
// to the composition roots (main, app.New, the cli commands, scripts and
// generators, which are package main, and tests), which pass the
// gazetteer in. It reads the source, so a mention in a comment or a string
// does not count and a renamed import does.
func TestDefaultOnlyAtRoots(t *testing.T) {
	fset := token.NewFileSet()
	for _, root := range []string{"../../data", "../../views"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if n := d.Name(); n == "testdata" || path == "../../data/region" || strings.HasPrefix(n, ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return nil
			}
			f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
			if err != nil {
				return err
			}
			for _, pos := range defaultCalls(f) {
				t.Errorf("%s: region.Default() outside a composition root: take the *region.Gazetteer as a parameter", fset.Position(pos))
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// defaultCalls returns where a file of a package other than main refers
// to region.Default, under whatever name it imports the package.
func defaultCalls(f *ast.File) []token.Pos {
	if f.Name.Name == "main" {
		return nil
	}
	name := ""
	for _, imp := range f.Imports {
		if p, _ := strconv.Unquote(imp.Path.Value); p == "zhibiao/data/region" {
			name = "region"
			if imp.Name != nil {
				name = imp.Name.Name
			}
		}
	}
	if name == "" {
		return nil
	}
	var out []token.Pos
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == "Default" {
			if x, ok := sel.X.(*ast.Ident); ok && x.Name == name {
				out = append(out, sel.Pos())
			}
		}
		return true
	})
	return out
}
