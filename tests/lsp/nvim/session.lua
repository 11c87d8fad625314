-- tests/lsp/nvim/session.lua - a real editor against `fhirpath-ls serve`.
--
-- Run by tests/check_lsp.c as
--   nvim --headless --clean -n -c 'luafile tests/lsp/nvim/session.lua'
-- with FP_BIN (the binary), FP_DIR (a copy of this folder's files with a
-- FIFO beside them: the workspace) and FP_OUT (where to
-- write what the editor got; the runner compares it with expected.txt).
-- Works with Neovim 0.7 (Debian 12: vim.lsp.start_client) and later
-- (vim.lsp.start). Positions below are Neovim's: 0-based lines and byte
-- columns, converted by Neovim from the server's UTF-16 positions.

local bin = os.getenv("FP_BIN")
local dir = os.getenv("FP_DIR")
local out_path = os.getenv("FP_OUT")
local out = {}

local function say(s)
	table.insert(out, s)
end

local function finish(code)
	local f = io.open(out_path, "w")
	if f then
		f:write(table.concat(out, "\n") .. "\n")
		f:close()
	end
	if code == 0 then
		vim.cmd("qall!")
	else
		vim.cmd("cquit! " .. code)
	end
end

-- Each file in a window of its own: Neovim 0.10 pulls the diagnostics of
-- visible buffers only (0.7 has them pushed, visible or not).
local function open(name, how)
	vim.cmd((how or "edit") .. " " .. vim.fn.fnameescape(dir .. "/" .. name))
	return vim.api.nvim_get_current_buf()
end

local function show_diagnostics(title, buf)
	local ds = vim.diagnostic.get(buf)
	table.sort(ds, function(a, b)
		if a.lnum ~= b.lnum then return a.lnum < b.lnum end
		return a.col < b.col
	end)
	say(title .. ": " .. #ds)
	for _, d in ipairs(ds) do
		local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "?"
		say(string.format("  %d:%d-%d:%d %s %s %s", d.lnum, d.col, d.end_lnum, d.end_col,
			vim.diagnostic.severity[d.severity], code, d.message))
	end
end

-- One request, synchronously; the result of our client.
local function request(buf, method, params)
	local res, err = vim.lsp.buf_request_sync(buf, method, params, 5000)
	if not res then
		error(method .. ": " .. tostring(err))
	end
	for _, r in pairs(res) do
		if r.err then
			error(method .. ": " .. vim.inspect(r.err))
		end
		return r.result
	end
	error(method .. ": no answer")
end

local function position(buf, line, col)
	return {
		textDocument = { uri = vim.uri_from_bufnr(buf) },
		position = { line = line, character = col },
	}
end

-- Wait until the buffer's diagnostics satisfy pred (they come pushed).
local function wait_diagnostics(buf, pred, what)
	if not vim.wait(5000, function() return pred(vim.diagnostic.get(buf)) end, 10) then
		error("timeout waiting for " .. what)
	end
end

local ok, err = pcall(function()
	local fp = open("sample.fhirpath")
	local sd = open("StructureDefinition-example.json", "split")
	local exited = nil
	local config = {
		name = "fhirpath-ls",
		cmd = { bin, "serve" },
		root_dir = vim.fn.fnamemodify(dir, ":p"),  -- its own folder, not the repository
		on_exit = function(code, signal) exited = { code, signal } end,
	}
	local id = vim.lsp.start_client(config)
	if not id then
		error("cannot start the server")
	end
	vim.lsp.buf_attach_client(fp, id)
	vim.lsp.buf_attach_client(sd, id)
	if not vim.wait(5000, function()
		local c = vim.lsp.get_client_by_id(id)
		return c and c.initialized
	end, 10) then
		error("timeout waiting for initialize")
	end
	local client = vim.lsp.get_client_by_id(id)
	say("server: " .. client.name .. ", offset encoding " .. client.offset_encoding)

	wait_diagnostics(fp, function(d) return #d > 0 end, "diagnostics of sample.fhirpath")
	wait_diagnostics(sd, function(d) return #d > 0 end, "diagnostics of the StructureDefinition")
	show_diagnostics("sample.fhirpath diagnostics", fp)
	show_diagnostics("StructureDefinition diagnostics", sd)

	-- hover: an element and a function in the .fhirpath buffer, an
	-- element inside a JSON string
	local h = request(fp, "textDocument/hover", position(fp, 2, 6))
	say("hover 'given': " .. vim.inspect(h.contents.value))
	h = request(fp, "textDocument/hover", position(fp, 2, 12))
	say("hover 'first': " .. vim.inspect(h.contents.value))
	h = request(sd, "textDocument/hover", position(sd, 27, 29))
	say("hover 'telecom' in the JSON string: " .. vim.inspect(h.contents.value))

	-- type 'telecom.' on a new line (an incremental change from the
	-- editor), then complete after the '.'
	vim.api.nvim_buf_set_lines(fp, 3, 3, false, { "telecom." })
	wait_diagnostics(fp, function(ds)
		for _, d in ipairs(ds) do
			if d.lnum == 3 then return true end
		end
		return false
	end, "diagnostics after typing")
	show_diagnostics("after typing 'telecom.'", fp)
	local c = request(fp, "textDocument/completion", position(fp, 3, 8))
	local items = c.items or c
	local fields, functions = {}, {}
	for _, it in ipairs(items) do
		if it.kind == 5 then
			table.insert(fields, it.label)
		elseif it.kind == 3 and (it.label == "where" or it.label == "exists") then
			table.insert(functions, it.label .. " (" .. it.insertText .. ")")
		end
	end
	table.sort(fields)
	say("completion after 'telecom.': " .. table.concat(fields, " ") .. "; functions: " .. table.concat(functions, ", "))
	c = request(sd, "textDocument/completion", position(sd, 21, 34))
	items = c.items or c
	fields = {}
	for _, it in ipairs(items) do
		if it.kind == 5 then
			table.insert(fields, it.label)
		end
	end
	say("completion after 'name.ex' in the JSON string, elements: " .. table.concat(fields, " "))

	-- completionItem/resolve of the 'where' item: its documentation
	local where = nil
	for _, it in ipairs(request(fp, "textDocument/completion", position(fp, 3, 8)).items) do
		if it.label == "where" then where = it end
	end
	local r = request(fp, "completionItem/resolve", where)
	say("resolve 'where': " .. r.documentation.kind .. ", " .. vim.inspect(r.documentation.value))

	-- semantic tokens in the JSON string of x-2: Neovim's UTF-16 columns
	-- back to bytes of the line, the tokens' text as the editor sees it
	local st = request(sd, "textDocument/semanticTokens/full", { textDocument = { uri = vim.uri_from_bufnr(sd) } })
	local lines = vim.api.nvim_buf_get_lines(sd, 0, -1, false)
	local words, line, col = {}, 0, 0
	for i = 1, #st.data, 5 do
		local dl, dc, len = st.data[i], st.data[i + 1], st.data[i + 2]
		col = dl == 0 and col + dc or dc
		line = line + dl
		if line == 27 and #words < 10 then
			local text = lines[line + 1]
			local a = vim.str_byteindex(text, col, true)
			local b = vim.str_byteindex(text, col + len, true)
			table.insert(words, text:sub(a + 1, b))
		end
	end
	say("semantic tokens of x-2: " .. table.concat(words, " "))
	local delta = request(sd, "textDocument/semanticTokens/full/delta",
		{ textDocument = { uri = vim.uri_from_bufnr(sd) }, previousResultId = st.resultId })
	say("delta against it: " .. #delta.edits .. " edits")

	-- inlay hints: off, then switched on by the client's settings
	local range = { start = { line = 0, character = 0 }, ["end"] = { line = 3, character = 0 } }
	local ih = request(fp, "textDocument/inlayHint", { textDocument = { uri = vim.uri_from_bufnr(fp) }, range = range })
	say("inlay hints before the setting: " .. #ih)
	client.notify("workspace/didChangeConfiguration", { settings = { fhirpath = { inlayHints = true } } })
	ih = request(fp, "textDocument/inlayHint", { textDocument = { uri = vim.uri_from_bufnr(fp) }, range = range })
	local labels = {}
	for _, x in ipairs(ih) do
		table.insert(labels, string.format("%d:%d%s", x.position.line, x.position.character, x.label))
	end
	say("inlay hints: " .. table.concat(labels, " "))

	-- the editor quits: shutdown and exit, exit code 0
	client.stop()
	if not vim.wait(5000, function() return exited ~= nil end, 10) then
		error("the server did not exit")
	end
	say(string.format("server exit: code %d, signal %d", exited[1], exited[2]))
end)

if not ok then
	say("ERROR: " .. tostring(err))
	finish(1)
else
	finish(0)
end
