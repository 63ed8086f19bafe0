-- Run by init.lua (or harness.lua) on VimEnter when FACTCHECK_DIAGNOSTICS_OUT is set: waits (polling, up to
-- FACTCHECK_WAIT_MS, default 20000) until the server has published diagnostics for the current
-- buffer, lets them settle (no new publication for FACTCHECK_SETTLE_MS, default 300), writes a JSON
-- report to FACTCHECK_DIAGNOSTICS_OUT and quits: exit 0 when diagnostics arrived, 1 otherwise.
--
-- Report: { ok, reason?, nvim, bufnr, uri, filetype, client, exited, publications, pushes, pulls,
--           configuration_requests, log, errmsg,
--           diagnostics: [{ lnum, col, end_lnum, end_col, severity, source, code, message }]  (vim.diagnostic: byte columns)
--           lsp: [{ range, severity, source, code, message }] }                              (as sent: UTF-16) }
-- (publications counts both ways diagnostics come, pushed and pulled: see record.lua.)

local state = _G.factcheck_test
local uv = vim.uv or vim.loop
local out = os.getenv('FACTCHECK_DIAGNOSTICS_OUT')
local wait_ms = tonumber(os.getenv('FACTCHECK_WAIT_MS') or '') or 20000
local settle_ms = tonumber(os.getenv('FACTCHECK_SETTLE_MS') or '') or 300

local bufnr = vim.api.nvim_get_current_buf()
local uri = vim.uri_from_bufnr(bufnr)

local function published()
  return state.published[uri]
end

local function client()
  return state.client_id and vim.lsp.get_client_by_id(state.client_id) or nil
end

-- init.lua learns the exit from on_exit; a configuration run by harness.lua sets no on_exit, so
-- there the client's disappearing tells it (code and signal unknown).
local function exited()
  if state.exited == nil and state.client_id ~= nil then
    local c = client()
    if c == nil or (c.is_stopped and c.is_stopped()) then
      state.exited = { code = vim.NIL, signal = vim.NIL }
    end
  end
  return state.exited
end

-- Polls until the buffer has non-empty diagnostics, or the server has exited.
local arrived = vim.wait(wait_ms, function()
  local p = published()
  return (p ~= nil and #p.diagnostics > 0) or exited() ~= nil
end, 50)

local reason = nil
if exited() ~= nil and not (published() and #published().diagnostics > 0) then
  arrived = false
  if state.exited.code == vim.NIL then
    reason = 'the server exited before publishing diagnostics'
  else
    reason = string.format('the server exited (code %s, signal %s) before publishing diagnostics',
      tostring(state.exited.code), tostring(state.exited.signal))
  end
elseif not arrived then
  if state.start_error ~= nil then
    reason = 'the language client could not start: ' .. state.start_error
  elseif state.client_id == nil then
    reason = string.format('no language client was started (filetype=%s; does the command start: %s?)',
      vim.bo[bufnr].filetype, state.command or os.getenv('FACTCHECK_LS_CMD') or 'node bin/factcheck-ls.js --stdio')
  elseif published() ~= nil then
    reason = string.format('the server published only empty diagnostics within %d ms', wait_ms)
  else
    reason = string.format('no diagnostics were published for %s within %d ms', uri, wait_ms)
  end
else
  -- Let a burst of publications settle: wait until none has come for settle_ms.
  vim.wait(wait_ms, function()
    return uv.now() - published().at >= settle_ms
  end, 25)
end

local function null(v)
  if v == nil then
    return vim.NIL
  end
  return v
end

local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local code = d.code
  if code == nil and d.user_data and d.user_data.lsp then
    code = d.user_data.lsp.code
  end
  table.insert(diagnostics, {
    lnum = d.lnum,
    col = d.col,
    end_lnum = null(d.end_lnum),
    end_col = null(d.end_col),
    severity = d.severity,
    source = null(d.source),
    code = null(code),
    message = d.message,
  })
end
table.sort(diagnostics, function(a, b)
  if a.lnum ~= b.lnum then
    return a.lnum < b.lnum
  end
  return a.col < b.col
end)

local lsp = {}
for _, d in ipairs((published() or {}).diagnostics or {}) do
  table.insert(lsp, {
    range = d.range,
    severity = null(d.severity),
    source = null(d.source),
    code = null(d.code),
    message = d.message,
  })
end

local v = vim.version()
local c = client()
local report = {
  ok = arrived,
  reason = null(reason),
  nvim = string.format('%d.%d.%d', v.major, v.minor, v.patch),
  bufnr = bufnr,
  uri = uri,
  filetype = vim.bo[bufnr].filetype,
  client = c and { id = c.id, name = c.name, initialized = c.initialized or false } or vim.NIL,
  exited = null(state.exited),
  publications = published() and published().count or 0,
  pushes = published() and published().pushes or 0,
  pulls = published() and published().pulls or 0,
  configuration_requests = state.configuration_requests,
  log = null(state.log),
  errmsg = vim.v.errmsg,
  diagnostics = diagnostics,
  lsp = lsp,
}

local f = assert(io.open(out, 'w'))
f:write(vim.json.encode(report))
f:close()

-- Shut the server down before leaving, so no node process outlives the editor.
if c then
  vim.lsp.stop_client(c.id)
  vim.wait(2000, function()
    return exited() ~= nil
  end, 25)
end
if arrived then
  vim.cmd('qall!')
else
  vim.cmd('cquit 1')
end
