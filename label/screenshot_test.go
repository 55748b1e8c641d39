package label_test

import (
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/openpolicies/privacy/examples"
)

// chromium returns the path of a headless-capable Chromium, or "".
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestScreenshots renders each fixture's HTML label in headless Chromium and
// checks the screenshot: a PNG of the window's size, not blank, and with
// nothing drawn in the page's right margin (the grid fits the window; it
// does not overflow). Set LABEL_SCREENSHOTS to a directory to keep the PNGs
// (label-ID.png) for a person to look at. .ci/run installs Debian's chromium
// when CI is set; elsewhere the test is skipped when no chromium is found.
func TestScreenshots(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("chromium not found on PATH: install Debian's chromium (apt-get install -y chromium) to render the HTML labels; .ci/run does so when CI=true")
	}
	if testing.Short() {
		t.Skip("-short: not starting chromium")
	}
	out := os.Getenv("LABEL_SCREENSHOTS")
	if out == "" {
		out = t.TempDir()
	} else if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	const width, height = 1280, 2000
	for _, f := range examples.All() {
		t.Run(f.ID, func(t *testing.T) {
			dir := t.TempDir()
			_, html := render(t, f)
			page := filepath.Join(dir, f.ID+".html")
			if err := os.WriteFile(page, html, 0o644); err != nil {
				t.Fatal(err)
			}
			shot := filepath.Join(out, "label-"+f.ID+".png")
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--hide-scrollbars", "--user-data-dir="+filepath.Join(dir, "profile"), "--screenshot="+shot,
				"--window-size=1280,2000", "file://"+page)
			if b, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("chromium: %v\n%s", err, b)
			}
			fh, err := os.Open(shot)
			if err != nil {
				t.Fatalf("chromium wrote no screenshot: %v", err)
			}
			defer fh.Close()
			img, err := png.Decode(fh)
			if err != nil {
				t.Fatalf("screenshot is not a PNG: %v", err)
			}
			if b := img.Bounds(); b.Dx() != width || b.Dy() != height {
				t.Errorf("screenshot is %dx%d, want %dx%d", b.Dx(), b.Dy(), width, height)
			}
			if n := distinctColours(img, img.Bounds()); n < 5 {
				t.Errorf("screenshot has %d colours: the page looks blank", n)
			}
			// The body has a 24px margin; anything drawn in the right 16px
			// means the grid or a line overflows the window.
			margin := image.Rect(width-16, 0, width, height)
			if n := distinctColours(img, margin); n > 1 {
				t.Errorf("something is drawn in the right margin (%d colours): the page overflows %dpx", n, width)
			}
		})
	}
}

func distinctColours(img image.Image, r image.Rectangle) int {
	seen := map[[4]uint32]bool{}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := img.At(x, y)
			r, g, b, a := c.RGBA()
			seen[[4]uint32{r, g, b, a}] = true
		}
	}
	return len(seen)
}
