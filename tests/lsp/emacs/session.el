;;; tests/lsp/emacs/session.el - a real editor (Emacs with eglot) against
;;; `fhirpath-ls serve'.  -*- lexical-binding: t -*-
;;
;; Run by tests/check_lsp.c as
;;   emacs --batch -Q -l tests/lsp/emacs/session.el
;; with FP_BIN (the binary), FP_DIR (the workspace: a copy of the Neovim
;; session's files with a FIFO beside them) and FP_OUT (where to write what
;; the editor got; the runner compares it with expected.txt here). The
;; steps are the Neovim session's (tests/lsp/nvim/session.lua), then what
;; Emacs users do most: flymake's view of the diagnostics, rename,
;; formatting and code actions through eglot's own commands. Positions are
;; printed as the Neovim session prints them (0-based lines, byte columns)
;; so the two can be compared line by line; Emacs itself counts characters.

(require 'cl-lib)
;; -Q skips site-lisp: put Debian's elpa-eglot (and what it needs) on the
;; load path by hand
(dolist (d (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*"))
  (when (file-directory-p d) (add-to-list 'load-path d)))
(require 'eglot)
(require 'flymake)

(defvar fp-bin (getenv "FP_BIN"))
(defvar fp-dir (file-name-as-directory (getenv "FP_DIR")))
(defvar fp-out-lines nil)

(defun fp-say (fmt &rest args)
  (push (apply #'format fmt args) fp-out-lines))

(defun fp-finish (code)
  (with-temp-file (getenv "FP_OUT")
    (dolist (l (reverse fp-out-lines)) (insert l "\n")))
  (kill-emacs code))

(define-derived-mode fhirpath-mode prog-mode "FHIRPath")
(add-to-list 'auto-mode-alist '("\\.fhirpath\\'" . fhirpath-mode))
(add-to-list 'auto-mode-alist '("\\.json\\'" . js-mode))
(setq eglot-server-programs
      (list (cons '((fhirpath-mode :language-id "fhirpath") (js-mode :language-id "json"))
                  (list fp-bin "serve"))))
(setq eglot-sync-connect t eglot-autoshutdown nil eglot-send-changes-idle-time 0.1)

(defun fp-wait (pred what &optional secs)
  "Pump the event loop until PRED is true, else fail naming WHAT."
  (let ((deadline (+ (float-time) (or secs 10))))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.02))
    (unless (funcall pred) (error "timeout waiting for %s" what))))

(defun fp-byte-col (pos)
  "POS as the Neovim session prints it: 0-based line, byte column."
  (save-excursion
    (goto-char pos)
    (format "%d:%d" (1- (line-number-at-pos))
            (string-bytes (buffer-substring-no-properties (line-beginning-position) pos)))))

(defun fp-diags (buf)
  (with-current-buffer buf
    (sort (flymake-diagnostics)
          (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b))))))

(defun fp-show-diagnostics (title buf)
  (let ((ds (fp-diags buf)))
    (fp-say "%s: %d" title (length ds))
    (with-current-buffer buf
      (dolist (d ds)
        (fp-say "  %s-%s %s %s"
                (fp-byte-col (flymake-diagnostic-beg d))
                (fp-byte-col (flymake-diagnostic-end d))
                (upcase (string-remove-prefix "eglot-" (symbol-name (flymake-diagnostic-type d))))
                (flymake-diagnostic-text d))))))

(defun fp-uri (buf) (eglot--path-to-uri (buffer-file-name buf)))

(defvar fp-server nil "The eglot server of the session.")

(defun fp-request (method params)
  (jsonrpc-request fp-server method params))

(defun fp-pos (buf line col)
  (list :textDocument (list :uri (fp-uri buf)) :position (list :line line :character col)))

(defun fp-str (s)
  "S quoted on one line, as the Neovim session's vim.inspect prints it."
  (replace-regexp-in-string "\n" "\\\\n" (prin1-to-string s)))

(defun fp-hover-text (h) (fp-str (plist-get (plist-get h :contents) :value)))

(defun fp-items (c) (if (vectorp c) c (plist-get c :items)))

(condition-case err
    (let* ((fp (find-file-noselect (concat fp-dir "sample.fhirpath")))
           (sd (find-file-noselect (concat fp-dir "StructureDefinition-example.json")))
           server)
      (with-current-buffer fp
        (apply #'eglot (eglot--guess-contact)))
      (setq server (with-current-buffer fp (eglot-current-server)))
      (unless server (error "cannot start the server"))
      (setq fp-server server)
      (with-current-buffer sd (eglot--maybe-activate-editing-mode))
      (fp-say "server: %s, managing %d buffers"
              (plist-get (eglot--server-info server) :name)
              (length (eglot--managed-buffers server)))

      ;; diagnostics, as flymake shows them
      (dolist (b (list fp sd))
        (with-current-buffer b (flymake-start)))
      (fp-wait (lambda () (and (fp-diags fp) (fp-diags sd))) "diagnostics")
      (fp-show-diagnostics "sample.fhirpath diagnostics" fp)
      (fp-show-diagnostics "StructureDefinition diagnostics" sd)

      (with-current-buffer fp
        (fp-say "hover 'given': %s" (fp-hover-text (fp-request :textDocument/hover (fp-pos fp 2 6))))
        (fp-say "hover 'first': %s" (fp-hover-text (fp-request :textDocument/hover (fp-pos fp 2 12)))))
      (with-current-buffer sd
        (fp-say "hover 'telecom' in the JSON string: %s"
                (fp-hover-text (fp-request :textDocument/hover (fp-pos sd 27 29)))))

      ;; type 'telecom.' on a new last line: eglot sends the change
      (with-current-buffer fp
        (goto-char (point-max))
        (insert "telecom.\n")
        (eglot--signal-textDocument/didChange)
        (fp-wait (lambda ()
                   (cl-some (lambda (d) (save-excursion
                                          (goto-char (flymake-diagnostic-beg d))
                                          (= (line-number-at-pos) 4)))
                            (progn (flymake-start) (fp-diags fp))))
                 "diagnostics after typing")
        (fp-show-diagnostics "after typing 'telecom.'" fp)
        (let ((fields nil) (fns nil))
          (cl-loop for item across (fp-items (fp-request :textDocument/completion (fp-pos fp 3 8)))
                   do (pcase (plist-get item :kind)
                        (5 (push (plist-get item :label) fields))
                        (3 (when (member (plist-get item :label) '("where" "exists"))
                             (push (format "%s (%s)" (plist-get item :label) (plist-get item :insertText)) fns)))))
          (fp-say "completion after 'telecom.': %s; functions: %s"
                  (string-join (sort fields #'string<) " ") (string-join (nreverse fns) ", ")))
        ;; what completion-at-point offers (eglot's own completion table)
        (goto-char (point-max))
        (forward-line -1)
        (end-of-line)
        (let* ((capf (eglot-completion-at-point))
               (cands (and capf (all-completions "" (nth 2 capf)))))
          (fp-say "completion-at-point after 'telecom.' offers 'system': %s, 'where($1)': %s"
                  (if (member "system" cands) "yes" "no") (if (member "where($1)" cands) "yes" "no"))))
      (with-current-buffer sd
        (let ((fields nil))
          (cl-loop for item across (fp-items (fp-request :textDocument/completion (fp-pos sd 21 34)))
                   when (eql (plist-get item :kind) 5) do (push (plist-get item :label) fields))
          (fp-say "completion after 'name.ex' in the JSON string, elements: %s"
                  (string-join (nreverse fields) " "))))
      (with-current-buffer fp
        (let* ((where (cl-find "where" (fp-items (fp-request :textDocument/completion (fp-pos fp 3 8)))
                               :key (lambda (item) (plist-get item :label)) :test #'equal))
               (r (fp-request :completionItem/resolve where)))
          (fp-say "resolve 'where': %s, %s" (plist-get (plist-get r :documentation) :kind)
                  (fp-str (plist-get (plist-get r :documentation) :value)))))

      ;; semantic tokens of the x-2 string (ASCII: UTF-16 columns are characters)
      (with-current-buffer sd
        (let* ((st (fp-request :textDocument/semanticTokens/full (list :textDocument (list :uri (fp-uri sd)))))
               (data (plist-get st :data)) (line 0) (col 0) (words nil))
          (cl-loop for i from 0 below (length data) by 5
                   do (let ((dl (aref data i)) (dc (aref data (+ i 1))) (len (aref data (+ i 2))))
                        (setq col (if (= dl 0) (+ col dc) dc) line (+ line dl))
                        (when (and (= line 27) (< (length words) 10))
                          (save-excursion
                            (goto-char (point-min)) (forward-line line)
                            (push (buffer-substring-no-properties (+ (point) col) (+ (point) col len)) words)))))
          (fp-say "semantic tokens of x-2: %s" (string-join (nreverse words) " "))
          (fp-say "delta against it: %d edits"
                  (length (plist-get (fp-request :textDocument/semanticTokens/full/delta
                                                 (list :textDocument (list :uri (fp-uri sd))
                                                       :previousResultId (plist-get st :resultId)))
                                     :edits)))))

      ;; inlay hints: off, then on through the client's settings
      (with-current-buffer fp
        (let ((range (list :start (list :line 0 :character 0) :end (list :line 3 :character 0))))
          (fp-say "inlay hints before the setting: %d"
                  (length (fp-request :textDocument/inlayHint (list :textDocument (list :uri (fp-uri fp)) :range range))))
          (jsonrpc-notify server :workspace/didChangeConfiguration
                          (list :settings (list :fhirpath (list :inlayHints t))))
          (fp-say "inlay hints: %s"
                  (mapconcat (lambda (x) (format "%d:%d%s" (plist-get (plist-get x :position) :line)
                                                 (plist-get (plist-get x :position) :character)
                                                 (plist-get x :label)))
                             (fp-request :textDocument/inlayHint (list :textDocument (list :uri (fp-uri fp)) :range range))
                             " "))))

      ;; what Emacs users run: code actions (the quick fix for 'famly'),
      ;; rename, formatting, all through eglot's commands
      (with-current-buffer fp
        (goto-char (point-min)) (forward-line 1) (search-forward "famly") (backward-char 2)
        (let* ((actions (eglot-code-actions (line-beginning-position) (line-end-position) nil nil))
               (titles (mapcar (lambda (a) (plist-get a :title)) actions)))
          (fp-say "code actions on 'famly': %s" (string-join titles "; "))
          (let ((fix (cl-find-if (lambda (a) (string-match-p "family" (plist-get a :title))) actions)))
            (when fix (eglot--apply-workspace-edit (plist-get fix :edit) nil))))
        (fp-say "line 2 after the quick fix: %s"
                (save-excursion (goto-char (point-min)) (forward-line 1)
                                (buffer-substring-no-properties (point) (line-end-position))))
        ;; rename a variable: the server renames defineVariable() names
        (goto-char (point-max))
        (insert "defineVariable('nm', name).select(%nm.given)\n")
        (eglot--signal-textDocument/didChange)
        (search-backward "%nm") (forward-char 2)
        (eglot-rename "names")
        (fp-say "after eglot-rename of 'nm': %s"
                (save-excursion (goto-char (point-max)) (forward-line -1)
                                (buffer-substring-no-properties (point) (line-end-position))))
        (goto-char (point-min))
        (search-forward "telecom.\n") (replace-match "telecom.exists()\n")
        (goto-char (point-max))
        (insert "name.given.first()+1\n")
        (eglot--signal-textDocument/didChange)
        (eglot-format-buffer)
        (fp-say "after eglot-format-buffer, last line: %s"
                (save-excursion (goto-char (point-max)) (forward-line -1)
                                (buffer-substring-no-properties (point) (line-end-position)))))

      ;; the editor quits: shutdown and exit (by hand: eglot 1.9 kills the
      ;; server right after sending exit, so its exit status would be a race)
      (let ((proc (jsonrpc--process server)))
        (setf (eglot--shutdown-requested server) t)
        (fp-request :shutdown nil)
        (jsonrpc-notify server :exit nil)
        (fp-wait (lambda () (not (process-live-p proc))) "the server to exit")
        (fp-say "server exit: %s %d" (process-status proc) (process-exit-status proc)))
      (fp-finish 0))
  (error
   (fp-say "ERROR: %S" err)
   (fp-finish 1)))
