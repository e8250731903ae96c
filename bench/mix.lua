-- wrk script for bench/run.sh's endurance phase: mixed traffic over the paths given after
-- `--`, each connection's next request going to the next path in turn, e.g.
--
--   wrk -c64 -d60s -s bench/mix.lua http://127.0.0.1:8000 -- /en/ /en/members/ /en/news/
--
-- Counting and the JSON line are bench/report.lua's (loaded from the same directory).

local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")

local report_setup, report_init = setup, init
local next_id = 0

function setup(thread)
  report_setup(thread)
  thread:set("id", next_id) -- so that each wrk thread starts at another path
  next_id = next_id + 1
end

function init(args)
  report_init(args)
  paths = {}
  for i = 1, #args do -- args[0] is the URL
    paths[#paths + 1] = args[i]
  end
  if #paths == 0 then
    error("bench/mix.lua: give the paths to cycle through after --")
  end
  position = (id or 0) % #paths
end

function request()
  position = position % #paths + 1
  return wrk.format(nil, paths[position])
end
